import { describe, expect, it } from 'vitest';
import { feed } from '../../src/board/view/board-view';
import { MAX_FLIGHTS, revealPlan, SEQUENCE_PACE } from '../../src/board/view/reveal-plan';
import { whyDecision } from '../../src/board/view/why';
import { whyLaunch } from '../../src/board/view/why-launch';
import type { Launch } from '../../src/model/launches';
import { type Cause, createGame, type GameState, type RoundRecord } from '../../src/model/state';
import { decisions, QUIET, scenario } from '../helpers';

const s = scenario();
const game0 = createGame(s, 1);
const rule = s.rules[0] as (typeof s.rules)[number];
const chosen = (optionId: string): Cause => ({ kind: 'decision', capital: 'northKorea', optionId });
const byRule: Cause = { kind: 'rule', ruleId: rule.id };

/** A round record with these North Korean decision and launches, the others quiet. */
function round(nkOption: string, launches: Launch[], us = QUIET.us): RoundRecord {
  return {
    round: 1,
    date: '2017-08-01',
    decisions: decisions({ ...QUIET, northKorea: nkOption, us }),
    trace: [],
    launches,
    rolls: [],
    events: [],
    injected: [],
    lens: game0.lens,
    indicators: game0.indicators,
  };
}

interface Row {
  name: string;
  record: RoundRecord;
  /** Each launch step as "trajectory×lanes | caption | alert?" */
  launches: string[];
  gestures: string[];
  pace: number;
}

const rows: Row[] = [
  {
    name: 'a round with no launch',
    record: round('nk.pause', []),
    launches: [],
    gestures: ['southKorea talks: Seoul: Outreach to the North'],
    pace: 1,
  },
  {
    name: 'one overflight, with the J-Alert',
    record: round('nk.overflight', [
      { kind: 'overflight', missiles: 1, cause: chosen('nk.overflight') },
    ]),
    launches: ['overflight×1 | Pyongyang: a missile over Japan | J-Alert'],
    gestures: ['southKorea talks: Seoul: Outreach to the North'],
    pace: 1,
  },
  {
    name: 'an overflight, then a nuclear test a rule added (captioned with the rule)',
    record: round('nk.overflight', [
      { kind: 'overflight', missiles: 1, cause: chosen('nk.overflight') },
      { kind: 'nuclear', missiles: 1, cause: byRule },
    ]),
    launches: [
      'overflight×1 | Pyongyang: a missile over Japan | J-Alert',
      `nuclear×1 | Pyongyang: a nuclear test — rule: ${rule.title} | -`,
    ],
    gestures: ['southKorea talks: Seoul: Outreach to the North'],
    pace: SEQUENCE_PACE,
  },
  {
    name: 'a four-missile medium-range event is one salvo, with no J-Alert',
    record: round(
      'nk.salvo',
      [{ kind: 'mediumRange', missiles: 4, cause: chosen('nk.salvo') }],
      'us.show-of-force',
    ),
    launches: ['salvo×4 | Pyongyang: a salvo of 4 medium-range missiles | -'],
    gestures: [
      'us bomber: Washington: Bomber overflight of the peninsula',
      'southKorea talks: Seoul: Outreach to the North',
    ],
    pace: 1,
  },
  {
    name: 'two short-range events, each with its own number of missiles',
    record: round('nk.lofted-test', [
      { kind: 'shortRange', missiles: 3, cause: chosen('nk.lofted-test') },
      { kind: 'shortRange', missiles: 1, cause: byRule },
    ]),
    launches: [
      'short×3 | Pyongyang: 3 short-range missiles | -',
      `short×1 | Pyongyang: a short-range missile — rule: ${rule.title} | -`,
    ],
    gestures: ['southKorea talks: Seoul: Outreach to the North'],
    pace: SEQUENCE_PACE,
  },
];

describe('the reveal plan: a round record as the ordered visuals and captions the map plays', () => {
  it.each(rows)('$name', (row) => {
    const plan = revealPlan(s, row.record);
    expect(
      plan.launches.map(
        (l) => `${l.trajectory}×${l.lanes} | ${l.caption} | ${l.alert ? 'J-Alert' : '-'}`,
      ),
    ).toEqual(row.launches);
    expect(plan.gestures.map((g) => `${g.capital} ${g.visual}: ${g.caption}`)).toEqual(
      row.gestures,
    );
    expect(plan.pace).toBe(row.pace);
    // Launches play in the record's order, each pointing back at its place in the record.
    expect(plan.launches.map((l) => l.index)).toEqual(row.record.launches.map((_, i) => i));
  });

  it('plays a nuclear test at Punggye-ri and every flight from near Pyongyang', () => {
    const plan = revealPlan(s, rows[2]?.record as RoundRecord);
    expect(plan.launches.map((l) => l.place)).toEqual(['pyongyang', 'punggye-ri']);
    expect(plan.launches.map((l) => l.position)).toEqual(['launch 1 of 2', 'launch 2 of 2']);
    expect(revealPlan(s, rows[1]?.record as RoundRecord).launches[0]?.position).toBeNull();
  });

  it(`flies at most ${MAX_FLIGHTS} launches a round; the rest are captioned only`, () => {
    const many = Array.from(
      { length: MAX_FLIGHTS + 2 },
      (): Launch => ({ kind: 'cruise', missiles: 2, cause: byRule }),
    );
    const plan = revealPlan(s, round('nk.pause', many));
    expect(plan.launches.map((l) => l.flown)).toEqual([
      ...Array(MAX_FLIGHTS).fill(true),
      false,
      false,
    ]);
    expect(plan.launches[0]?.caption).toBe(`Pyongyang: 2 cruise missiles — rule: ${rule.title}`);
  });

  it("keeps Pyongyang's non-launch moves (a threat toward Guam) from its decision", () => {
    const plan = revealPlan(s, round('nk.guam-threat', []));
    expect(plan.gestures.map((g) => `${g.capital} ${g.visual}`)).toEqual([
      'northKorea guam-threat',
      'southKorea talks',
    ]);
  });
});

describe('launches in the feed and their "why?"', () => {
  const record = rows[2]?.record as RoundRecord;
  const game = { history: [record] } as unknown as GameState;

  it('the feed lists each launch of a round with its cause', () => {
    const lines = feed(s, game)
      .filter((item) => item.ref.kind === 'launch')
      .map((item) => item.text);
    // Newest first, like the rest of the feed.
    expect(lines).toEqual([
      `Launch: a nuclear test (rule: ${rule.title})`,
      `Launch: a missile over Japan (decision: ${s.optionIndex['nk.overflight']?.label})`,
    ]);
  });

  it('a launch opens the "why?" of what caused it: the decision, or the rule with its evidence', () => {
    expect(whyLaunch(s, game, 1, 0)).toEqual(
      whyDecision(s, 'northKorea', record.decisions.northKorea),
    );
    const chain = whyLaunch(s, game, 1, 1);
    expect(chain?.title).toBe(`Why: ${rule.title}`);
    expect(chain?.steps[0]?.cause).toEqual({
      kind: 'rule',
      label: `Rule: ${rule.title}`,
      detail: rule.explain,
      plain: rule.title,
    });
    expect(chain?.steps[0]?.claims.map((c) => c.id)).toEqual(rule.claims);
    expect(whyLaunch(s, game, 1, 2)).toBeNull();
  });
});
