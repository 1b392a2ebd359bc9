// What the evidence screen shows, computed from the scenarios alone (no DOM): each source with
// the claims that cite it, the rules that use each claim, the claims that contest it, the weight
// each lens gives it, and every designer assumption, marked as such.
import { t } from '../i18n/messages';
import { claimWeight } from '../model/lens';
import type { Claim, Scenario } from '../model/schema';

/** A rule (or option or event) that uses a claim, and the scenario it is in. */
export interface ClaimUse {
  kind: 'rule' | 'option' | 'event';
  id: string;
  title: string;
  scenario: string;
}

/** One claim as the evidence screen lists it. */
export interface EvidenceClaim {
  id: string;
  text: string;
  /** The claim in one short, plain sentence. */
  plain: string;
  /** The paragraphs it cites, as markers ("001:14"). */
  cites: string[];
  /** The paragraphs it cites, as players read them ("001, paragraph 14"). */
  paragraphs: string[];
  school: string;
  rules: ClaimUse[];
  others: ClaimUse[];
  contestedBy: { id: string; text: string; plain: string; cites: string[]; sources: string[] }[];
  /** The weight each lens gives it (1: as stated), lenses in scenario order. */
  lensWeights: { lens: string; title: string; weight: number }[];
  contextOnly?: string;
}

/** The claims that cite one paragraph of a source first (in that source). */
export interface ParagraphGroup {
  paragraph: number;
  claims: EvidenceClaim[];
}

/** A claim of one source that a claim resting on another source disputes. */
export interface Disagreement {
  claim: EvidenceClaim;
  other: EvidenceClaim['contestedBy'][number];
}

/** A source and the claims that cite it. */
export interface EvidenceSource {
  id: string;
  title: string;
  byline?: string;
  outlet?: string;
  events: string;
  /** What it argues, in the project's own words. */
  summary?: string;
  /** Set when its claims are cited from a fuller copy of the same text. */
  citedAs?: string;
  claims: EvidenceClaim[];
  /** Its claims by the first of its paragraphs each cites, in paragraph order. */
  groups: ParagraphGroup[];
  /** Where another source disputes one of its claims. */
  disagreements: Disagreement[];
}

/** Something that acts in a scenario on a designer's assumption, with no source behind it. */
export interface Assumption {
  use: ClaimUse;
  text: string;
}

/** The whole evidence screen's content. */
export interface EvidenceView {
  sources: EvidenceSource[];
  assumptions: Assumption[];
}

const locator = (cite: string) => {
  const [source = '', paragraph = '0'] = cite.split(':');
  return t('why.cite.locator', { source, paragraph: Number(paragraph) });
};

const shortCite = (cite: string) => {
  const [source = '', paragraph = '0'] = cite.split(':');
  return `${source}:${Number(paragraph)}`;
};

/** The paragraphs of one source a claim cites, in order. */
export function paragraphsIn(source: string, cites: readonly string[]): number[] {
  return cites
    .filter((c) => c.startsWith(`${source}:`))
    .map((c) => Number(c.split(':')[1]))
    .sort((a, b) => a - b);
}

/** A source's claims grouped under the first of its paragraphs each names. */
function paragraphGroups(source: string, claims: EvidenceClaim[]): ParagraphGroup[] {
  const groups = new Map<number, EvidenceClaim[]>();
  for (const claim of claims) {
    // Under the paragraph it names first in this source: its main one (claims list it first).
    const main = claim.cites.find((c) => c.startsWith(`${source}:`));
    const first = main ? Number(main.split(':')[1]) : 0;
    groups.set(first, [...(groups.get(first) ?? []), claim]);
  }
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(([paragraph, list]) => ({ paragraph, claims: list }));
}

/** Everything in a scenario that carries evidence: rules, options and events. */
function uses(scenario: Scenario) {
  const all: { use: ClaimUse; claims: string[]; assumption?: string | undefined }[] = [];
  const add = (
    kind: ClaimUse['kind'],
    id: string,
    title: string,
    claims: string[],
    assumption?: string,
  ) => all.push({ use: { kind, id, title, scenario: scenario.title }, claims, assumption });
  for (const r of scenario.rules) {
    const effectClaims = r.effects.flatMap((e) => e.claims ?? []);
    add('rule', r.id, r.title, [...r.claims, ...effectClaims], r.assumption);
  }
  for (const o of scenario.options) add('option', o.id, o.label, o.claims, o.assumption);
  for (const e of scenario.events) add('event', e.id, e.title, e.claims, e.assumption);
  return all;
}

/** The evidence of a set of scenarios, source by source; lens weights from `lensScenario`. */
export function evidenceView(scenarios: Scenario[], lensScenario: Scenario): EvidenceView {
  const claims = new Map<string, Claim>();
  const sources = new Map<string, Scenario['sourceIndex'][string]>();
  for (const s of scenarios) {
    for (const c of Object.values(s.claimIndex)) claims.set(c.id, c);
    for (const src of Object.values(s.sourceIndex)) sources.set(src.id, src);
  }
  const everything = scenarios.flatMap(uses);
  const claimView = (claim: Claim): EvidenceClaim => {
    const using = everything.filter((u) => u.claims.includes(claim.id)).map((u) => u.use);
    const view: EvidenceClaim = {
      id: claim.id,
      text: claim.text,
      plain: claim.plain ?? claim.text,
      cites: claim.cites.map(shortCite),
      paragraphs: claim.cites.map(locator),
      school: claim.school,
      rules: using.filter((u) => u.kind === 'rule'),
      others: using.filter((u) => u.kind !== 'rule'),
      contestedBy: (claim.contestedBy ?? []).map((id) => ({
        id,
        text: claims.get(id)?.text ?? id,
        plain: claims.get(id)?.plain ?? claims.get(id)?.text ?? id,
        cites: (claims.get(id)?.cites ?? []).map(shortCite),
        sources: [...new Set((claims.get(id)?.cites ?? []).map((c) => c.split(':')[0] ?? ''))],
      })),
      lensWeights: lensScenario.lenses.map((lens) => ({
        lens: lens.id,
        title: lens.title,
        weight: claimWeight(lens, claim, lensScenario.claimIndex),
      })),
    };
    if (claim.contextOnly) view.contextOnly = claim.contextOnly;
    return view;
  };
  const list = [...sources.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((src) => {
      const citing = [...claims.values()].filter((c) =>
        c.cites.some((cite) => cite.startsWith(`${src.id}:`)),
      );
      const views = citing.map(claimView);
      const entry: EvidenceSource = {
        id: src.id,
        title: src.title,
        events: src.events,
        claims: views,
        groups: paragraphGroups(src.id, views),
        disagreements: views.flatMap((claim) =>
          claim.contestedBy
            .filter((other) => other.sources.some((s) => s !== src.id))
            .map((other) => ({ claim, other })),
        ),
      };
      if (src.byline) entry.byline = src.byline;
      if (src.outlet) entry.outlet = src.outlet;
      if (src.summary) entry.summary = src.summary;
      if (src.citeInstead) entry.citedAs = src.citeInstead;
      return entry;
    });
  const assumptions = everything.flatMap((u) =>
    u.assumption ? [{ use: u.use, text: u.assumption }] : [],
  );
  return { sources: list, assumptions };
}
