// What the evidence screen shows, computed from the scenarios alone (no DOM): each source with
// the claims that cite it, the rules that use each claim, the claims that contest it, the weight
// each lens gives it, and every designer assumption, marked as such.
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
  /** The paragraphs it cites, as players read them ("001, paragraph 14"). */
  paragraphs: string[];
  school: string;
  rules: ClaimUse[];
  others: ClaimUse[];
  contestedBy: { id: string; text: string; sources: string[] }[];
  /** The weight each lens gives it (1: as stated), lenses in scenario order. */
  lensWeights: { lens: string; title: string; weight: number }[];
  contextOnly?: string;
}

/** A source and the claims that cite it. */
export interface EvidenceSource {
  id: string;
  title: string;
  byline?: string;
  events: string;
  /** Set when its claims are cited from a fuller copy of the same text. */
  citedAs?: string;
  claims: EvidenceClaim[];
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
  return `${source}, paragraph ${Number(paragraph)}`;
};

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
      paragraphs: claim.cites.map(locator),
      school: claim.school,
      rules: using.filter((u) => u.kind === 'rule'),
      others: using.filter((u) => u.kind !== 'rule'),
      contestedBy: (claim.contestedBy ?? []).map((id) => ({
        id,
        text: claims.get(id)?.text ?? id,
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
      const entry: EvidenceSource = {
        id: src.id,
        title: src.title,
        events: src.events,
        claims: citing.map(claimView),
      };
      if (src.byline) entry.byline = src.byline;
      if (src.citeInstead) entry.citedAs = src.citeInstead;
      return entry;
    });
  const assumptions = everything.flatMap((u) =>
    u.assumption ? [{ use: u.use, text: u.assumption }] : [],
  );
  return { sources: list, assumptions };
}
