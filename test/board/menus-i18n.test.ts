import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classroomUnavailable } from '../../src/board/dom/class-entry';
import { joinScreen, lobbyScreen } from '../../src/board/dom/join-screens';
import { selectScreen, setupScreen, titleScreen } from '../../src/board/dom/menus';
import { consoleScreen } from '../../src/board/dom/room-console';
import { connectionBadge, youBadge } from '../../src/board/dom/room-parts';
import { savedGamesPanel } from '../../src/board/dom/saved-games';
import { committedDock } from '../../src/board/dom/team-room';
import type { SoundPort } from '../../src/board/ports';
import { openRecordText } from '../../src/board/save/open-record-text';
import { parseRecord } from '../../src/board/save/record-link';
import { replayErrorText } from '../../src/board/save/replay-error-text';
import { SaveStore } from '../../src/board/save/save-store';
import {
  codeFromTyped,
  commitGate,
  connectionText,
  joinProblemText,
  nameFromTyped,
  roomRefusalText,
  roomSummary,
  seatName,
  statusWords,
} from '../../src/board/view/classroom-room';
import { labelProblemText } from '../../src/board/view/label-problem-text';
import { FakeClassroom } from '../../src/client/fake-classroom';
import { readCatalog } from '../../src/i18n/catalog-files';
import type { Locale } from '../../src/i18n/locales';
import { installLocale, t } from '../../src/i18n/messages';
import { GameLabelsSchema, type LabelProblem, labelProblemOf } from '../../src/model/labels';
import { noticeText } from '../../src/offline/offline-notice';
import type { ConnectionStatus, RoomRefusal } from '../../src/protocol/classroom';
import type { JoinProblem } from '../../src/protocol/classroom-connector';
import { AUG_2017, scenario } from '../helpers';
import { installFakeDom, visibleTexts } from './fake-dom';

// A Japanese or Korean student joins a networked class entirely in their language, and a
// teacher runs it and files its games so: every screen and message of the menus area comes from
// the catalog. What stays in Latin letters is what no language translates: the game's name,
// room codes, ids, and scenario prose (the content loader translates that, not these screens).

const s = scenario();

/** Every string a scenario holds (its prose, in English here, where no content is installed). */
function scenarioStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) scenarioStrings(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) scenarioStrings(v, out);
  return out;
}
const PROSE = [...scenarioStrings(s)]
  .filter((p) => p.length >= 3)
  .sort((a, b) => b.length - a.length);

/** The English words left in texts, once the expected Latin (names, codes, ids, prose) is out. */
function englishIn(texts: readonly string[], expected: readonly string[] = []): string[] {
  const allowed = ['Overflight', ...expected, ...PROSE];
  return texts.flatMap((text) => {
    let rest = text;
    for (const a of allowed) rest = rest.split(a).join(' ');
    return rest.match(/[A-Za-z]{3,}/g) ?? [];
  });
}

const sound: SoundPort = {
  muted: false,
  volume: 0.5,
  setMuted: () => {},
  setVolume: () => {},
  play: () => {},
} as unknown as SoundPort;

const JOIN_PROBLEMS: JoinProblem[] = [
  'no-such-room',
  'room-locked',
  'room-full',
  'bad-name',
  'not-facilitator',
  'unreachable',
];
const STATUSES: ConnectionStatus[] = [
  'connecting',
  'connected',
  'reconnecting',
  'offline',
  'removed',
];
const REFUSALS: RoomRefusal[] = [
  { code: 'malformed', reason: 'capital' },
  { code: 'unknown-message', type: 'x' },
  { code: 'too-large', limit: 1000 },
  { code: 'rate-limited', retryMs: 500 },
  { code: 'not-facilitator' },
  { code: 'no-seat' },
  { code: 'room-locked' },
  { code: 'no-such-member', memberId: 'm1' },
  { code: 'captain-only', capital: 'us' },
  { code: 'team-full', capital: 'us' },
  { code: 'played-by-ai', capital: 'japan' },
];
const LABEL_PROBLEMS: LabelProblem[] = [
  ...(['class', 'team'] as const).flatMap((field) => [
    { problem: 'empty' as const, field },
    { problem: 'too-long' as const, field, max: 40 },
    { problem: 'characters' as const, field },
    { problem: 'spaces' as const, field },
  ]),
  { problem: 'date-format' },
  { problem: 'date-day' },
  { problem: 'ai-team' },
  { problem: 'other' },
];

/** A room with Washington and Seoul played by teams, and a student of each language on it. */
async function classroom(names: { first: string; second: string }) {
  const server = new FakeClassroom([s]);
  const made = await server.create({
    as: 'facilitator',
    scenarioId: AUG_2017,
    commitRule: 'captain',
    setup: {
      seed: 5,
      turnOrder: 'sealed',
      controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'human' },
    },
  });
  if (!made.ok) throw new Error(made.problem);
  const join = async (name: string) => {
    const joined = await server.join(made.client.code, { as: 'student', name });
    if (!joined.ok) throw new Error(joined.problem);
    return joined.client;
  };
  return {
    server,
    teacher: made.client,
    first: await join(names.first),
    second: await join(names.second),
  };
}

const NAMES: Record<Exclude<Locale, 'en'>, { first: string; second: string }> = {
  ja: { first: '佐藤', second: '鈴木' },
  ko: { first: '김민준', second: '이서연' },
};

beforeAll(installFakeDom);
afterEach(() => installLocale('en'));

describe.each(['ja', 'ko'] as const)('the menus in %s', (locale) => {
  const speak = () => installLocale(locale, readCatalog(locale));

  it('a student joins a networked class: form, lobby, team, statuses and refusals', async () => {
    const { teacher, first, second } = await classroom(NAMES[locale]);
    const code = teacher.code;
    const texts: string[] = [];
    const actions = { join: () => {}, watch: () => {}, back: () => {} };
    // In English, the check finds the words it looks for.
    const english = joinScreen({ code: '', name: '', problem: null, busy: false }, actions);
    expect(englishIn(visibleTexts(english))).toContain('Join');
    speak();
    const form = joinScreen({ code: '', name: '', problem: null, busy: false }, actions);
    texts.push(...visibleTexts(form));
    expect(form.querySelector('h1')?.textContent).toBe(t('menus.join.heading'));
    expect(t('menus.join.heading')).not.toBe('Join a class');
    texts.push(
      ...visibleTexts(
        joinScreen(
          { code, name: '', problem: joinProblemText('room-locked'), busy: true },
          actions,
        ),
      ),
      ...JOIN_PROBLEMS.map(joinProblemText),
      ...['', 'ABCD', 'ABCD0'].map((typed) => {
        const read = codeFromTyped(typed);
        return read.ok ? '' : read.message;
      }),
      ...['  ', 'x'.repeat(40)].map((typed) => {
        const read = nameFromTyped(typed);
        return read.ok ? '' : read.message;
      }),
    );
    // The lobby, open and locked, with a refusal; every status and every refusal code.
    const lobby = { pick: () => {}, leave: () => {} };
    const problem = roomRefusalText({ code: 'team-full', capital: 'us' });
    texts.push(
      ...visibleTexts(lobbyScreen(first.room(), first.view(), 'connected', problem, lobby)),
      ...visibleTexts(
        lobbyScreen({ ...first.room(), locked: true }, first.view(), 'reconnecting', null, lobby),
      ),
      ...STATUSES.flatMap((status) => visibleTexts(connectionBadge(status))),
      ...STATUSES.map(connectionText),
      ...REFUSALS.map(roomRefusalText),
      ...visibleTexts(youBadge(first.room())),
    );
    expect(
      visibleTexts(lobbyScreen(first.room(), first.view(), 'connected', null, lobby)),
    ).toContain(t('menus.lobby.pickHeading'));
    // On a team, with a captain who commits for it; the projector's dock.
    expect(await first.sendRoom('team.join', { capital: 'us' })).toBeNull();
    expect(await second.sendRoom('team.join', { capital: 'us' })).toBeNull();
    texts.push(commitGate(second.room(), 'us') ?? '');
    await teacher.sendRoom('member.captain', { memberId: first.room().you.memberId });
    texts.push(
      commitGate(second.room(), 'us') ?? '',
      ...visibleTexts(youBadge(first.room())),
      ...visibleTexts(youBadge(second.room())),
      ...visibleTexts(committedDock(first.view(), null)),
      ...(['us', 'facilitator', 'observer', null] as const).map(seatName),
    );
    expect(englishIn(texts, [code])).toEqual([]);
    expect(texts.join('\n')).toContain(t('menus.connection.removed'));
  });

  it('the teacher runs the class: console, room controls, summaries and statuses', async () => {
    const { teacher, first } = await classroom(NAMES[locale]);
    await first.sendRoom('team.join', { capital: 'us' });
    speak();
    const console = consoleScreen([{ client: teacher, scenario: s }], teacher.code, null, {
      focus: () => {},
      addRoom: () => {},
      debrief: () => {},
      back: () => {},
      advance: () => {},
      facilitator: () => {},
      board: () => {},
      showCode: () => {},
      lock: () => {},
      commitRule: () => {},
      move: () => {},
      captain: () => {},
      remove: () => {},
    });
    const texts = [
      ...visibleTexts(console),
      ...visibleTexts(
        consoleScreen([], null, { text: t('menus.console.done'), kind: 'done' }, {} as never),
      ),
      ...visibleTexts(classroomUnavailable(() => {})),
      roomSummary(teacher.view(), { ...teacher.room(), locked: true }, s.rounds),
      ...(['deciding', 'committed', 'locked', 'waiting'] as const).flatMap((status) => [
        statusWords('human', status),
        statusWords('ai', status),
      ]),
    ];
    expect(console.querySelector('h1')?.textContent).toBe(t('menus.console.heading'));
    expect(englishIn(texts, [teacher.code, s.id])).toEqual([]);
  });

  it('the title, scenario list, setup and saved games, and why a save or a record will not open', () => {
    speak();
    const title = titleScreen(sound, { play: () => {}, lab: () => {}, evidence: () => {} });
    // The sound controls belong to the board's area; the language menu names each language in itself.
    title.querySelector('.sound-controls')?.remove();
    for (const option of title.querySelectorAll('option')) option.remove();
    expect(title.querySelector('[data-testid="language"]')).not.toBeNull();
    const storage = new Map<string, string>([
      ['overflight.save.bad', '{not json'],
      ['overflight.save.old', JSON.stringify({ version: 99 })],
    ]);
    const store = new SaveStore({
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    });
    const refused = (opened: ReturnType<SaveStore['open']>) => (opened.ok ? '' : opened.message);
    const notRecord = (text: string) => {
      const parsed = parseRecord(text);
      return parsed.ok ? '' : parsed.message;
    };
    const intents = {
      resume: () => {},
      remove: () => {},
      openFallback: () => {},
      dismissNotice: () => {},
      importText: () => {},
      compare: () => {},
    };
    const texts = [
      ...visibleTexts(title),
      ...visibleTexts(
        selectScreen(
          [s],
          () => {},
          () => {},
          () => {},
        ),
      ),
      ...visibleTexts(
        setupScreen(
          s,
          false,
          () => {},
          () => {},
          () => {},
        ),
      ),
      ...visibleTexts(
        savedGamesPanel([], { message: refused(store.open('bad')), fallback: null }, intents),
      ),
      ...visibleTexts(
        savedGamesPanel(
          [
            {
              id: 'a',
              scenarioId: s.id,
              title: s.title,
              round: 3,
              savedAt: '2026-12-01T10:00:00Z',
              finished: false,
            },
            {
              id: 'b',
              scenarioId: s.id,
              title: s.title,
              round: 12,
              savedAt: '2026-12-02T10:00:00Z',
              finished: true,
              branchOf: { id: 'a', fromRound: 2 },
            },
          ],
          null,
          intents,
        ),
      ),
      refused(store.open('missing')),
      refused(store.open('old')),
      notRecord('hello'),
      notRecord('x'.repeat(2_000_001)),
      notRecord(JSON.stringify({ format: 'other' })),
      ...LABEL_PROBLEMS.map(labelProblemText),
      openRecordText({ code: 'wrong-scenario', scenarioId: 'old-one' }),
      openRecordText({ code: 'no-log' }),
      openRecordText({ code: 'unknown-lens', lens: 'hawkish' }),
      openRecordText({ code: 'rounds-do-not-replay', error: { code: 'cannot-end', round: 3 } }),
      replayErrorText({
        code: 'option-not-available',
        round: 2,
        capital: 'japan',
        optionId: 'japan.x',
      }),
      replayErrorText({ code: 'repeated-event', round: 2, eventId: 'e9' }),
      noticeText('ready'),
      noticeText('update'),
      noticeText('updated-elsewhere'),
    ];
    expect(title.querySelector('h1')?.textContent).toBe('Overflight');
    // Sources keep their own names, and a date field's format is written as it is typed.
    const names = ['Natural Earth', 'CNS North Korea Missile Test Database', 'NTI', 'YYYY-MM-DD'];
    expect(englishIn(texts, [...names, 'old-one', 'hawkish', 'japan.x', s.id])).toEqual([]);
  });
});

describe('the labels a teacher types, refused in the page’s words', () => {
  it('say in English exactly what the schema says, for every check it makes', () => {
    for (const labels of [
      { className: '<b>10B</b>' },
      { className: ' 10B' },
      { className: '' },
      { className: 'x'.repeat(41) },
      { teams: { us: 'Aiko\tBen' } },
      { teams: { japan: 'y'.repeat(81) } },
      { teams: { us: 'Aiko  Ben' } },
      { date: '2026-02-30' },
      { date: '1/12/2026' },
    ]) {
      const parsed = GameLabelsSchema.safeParse(labels);
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      expect(issue, JSON.stringify(labels)).toBeDefined();
      if (issue) expect(labelProblemText(labelProblemOf(labels, issue))).toBe(issue.message);
    }
  });

  it('and in Japanese or Korean beside the field', () => {
    installLocale('ko', readCatalog('ko'));
    expect(labelProblemText({ problem: 'characters', field: 'class' })).toMatch(/^학급 이름에는/);
    installLocale('ja', readCatalog('ja'));
    expect(labelProblemText({ problem: 'too-long', field: 'team', max: 80 })).toBe(
      'チーム名は80文字以内にしてください',
    );
  });
});
