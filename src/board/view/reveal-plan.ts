// What the map plays when a round is revealed, as plain data: every North Korean launch of the
// round in order (each with its flight, its caption and what caused it), then the capitals'
// other moves. The scene animates the plan; the tests read it without Phaser.
import { t } from '../../i18n/messages';
import { CAPITALS, type CapitalId } from '../../model/ids';
import type { Launch } from '../../model/launches';
import type { Scenario } from '../../model/schema';
import type { Cause, RoundRecord } from '../../model/state';
import type { TrajectoryKind } from '../trajectories';
import { type Visual, visualCaption, visualFor } from './visuals';

/** Flights played one after another in a round; any further launch is captioned, not flown. */
export const MAX_FLIGHTS = 4;

/** How fast flights play when a round has more than one (1 = their normal length). */
export const SEQUENCE_PACE = 0.75;

/** The flights a launch can be drawn as. */
export type LaunchTrajectory = Extract<
  TrajectoryKind,
  'short' | 'lofted' | 'salvo' | 'overflight' | 'icbm' | 'nuclear' | 'cruise'
>;

/** One launch of the round as the map plays it. */
export interface LaunchStep {
  /** Its position in the round record's `launches`. */
  index: number;
  launch: Launch;
  trajectory: LaunchTrajectory;
  /** Arcs drawn (a salvo or a pair of short-range shots is several). */
  lanes: number;
  /** Words on the map: "Pyongyang: 3 short-range missiles" (and the rule, if a rule added it). */
  caption: string;
  /** Where it stands in a round of several launches ("launch 2 of 3"), or null if it is alone. */
  position: string | null;
  /**
   * The caption as the map letters it, a line each: what and which ("Pyongyang: a nuclear test
   * (launch 2 of 2)"), then what added it if not Pyongyang's decision ("Added by a rule: …").
   */
  mapLines: string[];
  /** The map place the caption is pinned to. */
  place: 'pyongyang' | 'punggye-ri';
  /** Whether the J-Alert banner and siren go with it (a missile over Japan, and only that). */
  alert: boolean;
  /** Whether it is flown; past MAX_FLIGHTS a launch is only captioned, to keep the round short. */
  flown: boolean;
}

/** A capital's move that is not a launch: bombers, drills, sanctions, talks, defence, threats. */
export interface GestureStep {
  capital: CapitalId;
  visual: Exclude<Visual, 'none'>;
  caption: string;
}

/** A revealed round on the map: launches in sequence, then the other moves together. */
export interface RevealPlan {
  launches: LaunchStep[];
  gestures: GestureStep[];
  /** Duration multiplier for the flights (shorter when several play in a row). */
  pace: number;
}

/** A launch in words: "3 short-range missiles", "a missile over Japan", "a nuclear test". */
export function launchLabel(launch: Launch): string {
  const count = launch.missiles;
  switch (launch.kind) {
    case 'shortRange':
      return t('play.launch.shortRange', { count });
    case 'mediumRange':
      return count >= 2 ? t('play.launch.salvo', { count }) : t('play.launch.mediumRange');
    case 'overflight':
      return t('play.launch.overflight', { count });
    case 'icbm':
      return t('play.launch.icbm', { count });
    case 'nuclear':
      return t('play.launch.nuclear');
    case 'cruise':
      return t('play.launch.cruise', { count });
  }
}

/** The name of what caused a launch: the option, the rule or the event (its id if unknown). */
function causeName(scenario: Scenario, cause: Cause): string {
  if (cause.kind === 'decision')
    return scenario.optionIndex[cause.optionId]?.label ?? cause.optionId;
  if (cause.kind === 'rule')
    return scenario.rules.find((r) => r.id === cause.ruleId)?.title ?? cause.ruleId;
  return scenario.events.find((e) => e.id === cause.eventId)?.title ?? cause.eventId;
}

/** What caused a launch, in words: Pyongyang's decision, or the rule or event that added it. */
export function launchCauseLabel(scenario: Scenario, cause: Cause): string {
  const name = causeName(scenario, cause);
  if (cause.kind === 'decision') return t('play.launch.byDecision', { option: name });
  if (cause.kind === 'rule') return t('play.launch.byRule', { rule: name });
  return t('play.launch.byEvent', { event: name });
}

/** What added a launch, as the map's second caption line; null for Pyongyang's own decision. */
export function launchAddedBy(scenario: Scenario, cause: Cause): string | null {
  if (cause.kind === 'decision') return null;
  const name = causeName(scenario, cause);
  return cause.kind === 'rule'
    ? t('play.launch.addedByRule', { rule: name })
    : t('play.launch.addedByEvent', { event: name });
}

/** The flight for a kind of launch; several medium-range missiles at once are a salvo. */
export function launchTrajectory(launch: Launch): LaunchTrajectory {
  switch (launch.kind) {
    case 'shortRange':
      return 'short';
    case 'mediumRange':
      return launch.missiles >= 2 ? 'salvo' : 'lofted';
    default:
      return launch.kind;
  }
}

/** The map's caption for a launch; one a rule or event added names it, so its "why?" is at hand. */
export function launchCaption(scenario: Scenario, launch: Launch): string {
  const what = visualCaption('northKorea', launchLabel(launch));
  return launch.cause.kind === 'decision'
    ? what
    : t('play.launch.caused', { what, cause: launchCauseLabel(scenario, launch.cause) });
}

function launchStep(scenario: Scenario, launch: Launch, index: number, count: number): LaunchStep {
  const trajectory = launchTrajectory(launch);
  const position = count > 1 ? t('play.launch.position', { index: index + 1, count }) : null;
  const what = visualCaption('northKorea', launchLabel(launch));
  const addedBy = launchAddedBy(scenario, launch.cause);
  return {
    index,
    launch,
    trajectory,
    lanes: trajectory === 'short' || trajectory === 'salvo' ? Math.min(4, launch.missiles) : 1,
    caption: launchCaption(scenario, launch),
    position,
    mapLines: [
      position ? t('play.launch.positioned', { what, position }) : what,
      ...(addedBy ? [addedBy] : []),
    ],
    place: trajectory === 'nuclear' ? 'punggye-ri' : 'pyongyang',
    alert: trajectory === 'overflight',
    flown: index < MAX_FLIGHTS,
  };
}

/** Moves that are not launches, from each capital's decision (Pyongyang's threats and talks too). */
function gestureOf(scenario: Scenario, record: RoundRecord, capital: CapitalId) {
  const option = scenario.optionIndex[record.decisions[capital].optionId];
  const visual = visualFor(option);
  const allowed: readonly Visual[] =
    capital === 'northKorea'
      ? ['guam-threat', 'talks']
      : ['bomber', 'exercise', 'sanctions', 'talks', 'defence'];
  if (!allowed.includes(visual) || visual === 'none') return [];
  return [{ capital, visual, caption: visualCaption(capital, option?.label ?? '') }];
}

/** The reveal of a round: its launches in record order, then every capital's other move. */
export function revealPlan(scenario: Scenario, record: RoundRecord): RevealPlan {
  const launches = record.launches.map((launch, i, all) =>
    launchStep(scenario, launch, i, all.length),
  );
  const flown = launches.filter((l) => l.flown).length;
  return {
    launches,
    gestures: CAPITALS.flatMap((capital) => gestureOf(scenario, record, capital)),
    pace: flown > 1 ? SEQUENCE_PACE : 1,
  };
}
