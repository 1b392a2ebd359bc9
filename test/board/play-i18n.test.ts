// The board's own words in Japanese and Korean: every text the play screens build in code comes
// from the catalog, so with a language installed no English word is left (scenario prose is
// translated apart, by the content loader, and is not what these check).
import { afterEach, describe, expect, it } from 'vitest';
import mapJson from '../../assets/map/northeast-asia.json';
import { soundCaption } from '../../src/audio/sound-names';
import { timeUpLabel } from '../../src/board/dom/facilitator-panel';
import { GUIDE_STEPS, guideStep } from '../../src/board/dom/hud-guide';
import { parseMapData } from '../../src/board/map-data';
import { letteringFor } from '../../src/board/map-lettering';
import type { MapPlacement } from '../../src/board/map-paint';
import { timerText } from '../../src/board/scenes/board-facilitation';
import { capitalPanels, cards, gauges } from '../../src/board/view/board-view';
import { refusalText } from '../../src/board/view/refusal-text';
import { launchLabel } from '../../src/board/view/reveal-plan';
import { facilitatorKeys } from '../../src/board/view/shortcuts';
import { visualCaption } from '../../src/board/view/visuals';
import { readCatalog } from '../../src/i18n/catalog-files';
import play from '../../src/i18n/en/play';
import { installLocale } from '../../src/i18n/messages';
import { messageArguments } from '../../src/i18n/translation-check';
import { CAPITALS } from '../../src/model/ids';
import type { Launch } from '../../src/model/launches';
import { TIME_UP_RULES } from '../../src/protocol/intents';
import type { Refusal } from '../../src/protocol/refusals';
import type { SeatView } from '../../src/protocol/view';
import { scenario } from '../helpers';
import { twoTeamsDeciding } from '../machines/hosted';

afterEach(() => installLocale('en'));

const s = scenario();

/** English words (three letters or more) left in a text, less the names kept in every language. */
function englishIn(text: string): string[] {
  const kept = text.replace(/ICBMs?|Alt\+Shift\+F|Shift\+F|Enter|Esc|J-Alert|THAAD|AI/g, '');
  return kept.match(/[A-Za-z]{3,}/g) ?? [];
}

const REFUSALS: Refusal[] = [
  { code: 'malformed', reason: 'bad' },
  { code: 'seat-not-allowed', seat: 'observer', intent: 'game.start' },
  { code: 'seat-not-allowed', seat: 'us', intent: 'game.start' },
  { code: 'not-your-capital', seat: 'us', capital: 'japan' },
  { code: 'played-by-ai', capital: 'northKorea' },
  { code: 'game-over' },
  { code: 'paused' },
  { code: 'already-started' },
  { code: 'round-not-resolved' },
  { code: 'decisions-closed' },
  { code: 'not-open', capital: 'us' },
  { code: 'already-committed', capital: 'us' },
  { code: 'option-not-available', capital: 'us', optionId: 'x1' },
  { code: 'nothing-selected', capital: 'southKorea' },
  { code: 'nothing-to-revise', capital: 'southKorea' },
  { code: 'decision-locked', capital: 'japan' },
  { code: 'unknown-event', eventId: 'e1' },
  { code: 'inject-while-deciding' },
  { code: 'unknown-lens', lens: 'l1' },
  { code: 'end-between-rounds' },
  { code: 'no-such-round', round: 9, played: 3 },
  { code: 'no-timer' },
  { code: 'not-time-yet' },
  { code: 'log-full', limit: 10000 },
];

const LAUNCHES: Launch[] = (
  ['shortRange', 'mediumRange', 'overflight', 'icbm', 'nuclear', 'cruise'] as const
).flatMap((kind) =>
  [1, 3].map((missiles) => ({
    kind,
    missiles,
    cause: { kind: 'decision', optionId: 'nk.pause' },
  })),
) as Launch[];

/** Every text the board builds in code (from a game in its first decisions). */
function boardTexts(): string[] {
  const { game, as } = twoTeamsDeciding();
  as('us', { type: 'policy.select', capital: 'us', optionId: 'us.show-of-force' });
  as('us', { type: 'policy.commit', capital: 'us' });
  const view = game.view('southKorea');
  const timer = (deadline: number | null, timeUp = false) =>
    timerText(
      {
        phase: 'decisions',
        timer: { deadline, remainingMs: 65_000, timeUp, seconds: 240, atTimeUp: 'round-waits' },
      } as unknown as SeatView,
      0,
    );
  const texts = [
    ...capitalPanels(view).flatMap((c) => [c.name, c.controller, c.statusText]),
    ...gauges(s, view.game).flatMap((g) => [g.label, g.short, g.meaning]),
    ...cards(s, view).flatMap((c) => [
      ...c.forecast.flatMap((f) => [f.indicator, f.short, f.text, f.chance ?? '']),
      ...c.net.flatMap((n) => [n.indicator, n.short, n.text]),
    ]),
    ...REFUSALS.map((r) => refusalText(s, r)),
    ...LAUNCHES.map(launchLabel),
    ...CAPITALS.map((c) => visualCaption(c, '—')),
    ...TIME_UP_RULES.map(timeUpLabel),
    ...(['launch', 'siren', 'chime', 'bell', 'ambient'] as const).map(soundCaption),
    ...Array.from({ length: GUIDE_STEPS }, (_, i) => {
      const step = guideStep(i);
      return `${step.title} ${step.text}`;
    }),
    facilitatorKeys(),
    timer(null) ?? '',
    timer(1000) ?? '',
    timer(null, true) ?? '',
  ];
  return texts;
}

/** The map's names as the lettering would letter them (the whole, then the shorter ways). */
function mapNames(): Map<string, string[]> {
  const data = parseMapData(mapJson);
  const at: MapPlacement = {
    scale: 1,
    typeScale: 1,
    toScreen: (x, y) => ({ x, y }),
    placeToScreen: (id) => data.places[id] ?? { x: 0, y: 0 },
    fontPx: (base) => base,
  };
  const shown = { x: 0, y: 0, width: data.width, height: data.height };
  const { letters } = letteringFor(data, at, shown, (text) => ({
    width: text.length * 10,
    height: 20,
  }));
  return new Map(letters.map((l) => [l.name, l.request.variants.map((v) => v.text)]));
}

describe('the board in Japanese and Korean', () => {
  it('has every play text translated, with the English arguments', () => {
    for (const locale of ['ja', 'ko'] as const) {
      const catalog = readCatalog(locale);
      for (const [key, english] of Object.entries(play)) {
        expect(catalog[key], `${locale} ${key}`).toBeTypeOf('string');
        expect(messageArguments(catalog[key] as string), `${locale} ${key}`).toEqual(
          messageArguments(english),
        );
      }
    }
  });

  it('says everything it builds in code in the language installed, with no English left', () => {
    const english = boardTexts();
    expect(english).toContain('Decision locked in');
    expect(english).toContain('Time 1:05, paused');
    expect(english).toContain('3 short-range missiles');
    for (const locale of ['ja', 'ko'] as const) {
      installLocale(locale, readCatalog(locale));
      const texts = boardTexts();
      expect(texts).toHaveLength(english.length);
      for (const text of texts) expect(englishIn(text), `${locale}: ${text}`).toEqual([]);
    }
    installLocale('ja', readCatalog('ja'));
    const ja = boardTexts();
    expect(ja).toContain('決定済み');
    expect(ja).toContain('残り 1:05（一時停止中）');
    expect(ja).toContain('短距離弾道ミサイル3発');
    expect(ja).toContain('ワシントンはすでに決定しています。先に「変更する」を選んでください。');
    installLocale('ko', readCatalog('ko'));
    const ko = boardTexts();
    expect(ko).toContain('결정 확정');
    expect(ko).toContain('순항미사일 3발');
    expect(ko).toContain(
      '이 게임은 조작 한도(10000회)에 도달했습니다. 저장한 뒤 분기를 시작하십시오.',
    );
  });

  it('letters the map in the language: 日本海 in Japanese, 동해(일본해) in Korean, both in English', () => {
    const en = mapNames();
    expect(en.get('Sea of Japan (East Sea)')).toEqual([
      'Sea of Japan (East Sea)',
      'Sea of Japan\n(East Sea)',
    ]);
    expect(en.get('North Korea')).toEqual(['NORTH KOREA', 'N. KOREA']);
    expect(en.get('Pacific Ocean')).toEqual(['Pacific Ocean', 'Pacific\nOcean', 'Pacific']);
    installLocale('ja', readCatalog('ja'));
    const ja = mapNames();
    expect(ja.get('Sea of Japan (East Sea)')).toEqual(['日本海']);
    expect(ja.get('Yellow Sea')).toEqual(['黄海']);
    expect(ja.get('Pyongyang')).toEqual(['平壌']);
    expect(ja.get('North Korea')).toEqual(['北朝鮮']);
    installLocale('ko', readCatalog('ko'));
    const ko = mapNames();
    expect(ko.get('Sea of Japan (East Sea)')).toEqual(['동해(일본해)', '동해\n(일본해)']);
    expect(ko.get('Yellow Sea')).toEqual(['서해']);
    expect(ko.get('Tokyo')).toEqual(['도쿄']);
    for (const names of [ja, ko])
      for (const texts of names.values())
        for (const text of texts) expect(englishIn(text), text).toEqual([]);
  });
});
