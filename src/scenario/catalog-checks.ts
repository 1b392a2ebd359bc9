// The shared catalog's checks: the claims (ids, cites, contested pairs), the lenses, and which
// claims the scenarios use. A scenario's own cross-references are checked in references.ts.
import type { Claim, Lens, Scenario, Source } from '../model/schema';
import type { ContentError } from './result';

/** Where a check reports a problem: the path in the file, and what is wrong there. */
export type Report = (path: string, message: string) => void;

/** Check a paragraph locator against the source manifest. */
export function checkCite(
  cite: string,
  sources: readonly Source[],
  path: string,
  report: Report,
): void {
  const [id, paragraph] = cite.split(':');
  const source = sources.find((s) => s.id === id);
  if (!source) {
    report(path, `cites source ${id}, which is not in scenarios/sources.json`);
    return;
  }
  if (source.citeInstead) {
    report(path, `cites ${cite}: cite ${source.citeInstead} instead (${id} is a copy)`);
    return;
  }
  const n = Number(paragraph);
  if (n < 1 || n > source.paragraphs) {
    report(path, `cites ${cite}, but source ${id} has paragraphs 1–${source.paragraphs}`);
  }
}

/** The most words a claim's plain sentence may take: the first depth of "why?" stays short. */
export const MAX_PLAIN_WORDS = 16;

/**
 * Check the shared claim catalog: ids unique, cites resolve, contested pairs name real claims,
 * and every claim has its short plain sentence.
 */
export function checkCatalog(
  claims: readonly {
    id: string;
    cites: string[];
    contestedBy?: string[] | undefined;
    plain?: string | undefined;
  }[],
  sources: readonly Source[],
  file: string,
): ContentError[] {
  const errors: ContentError[] = [];
  const report: Report = (path, message) => errors.push({ file, path, message });
  const ids = new Set<string>();
  claims.forEach((claim, i) => {
    if (ids.has(claim.id)) report(`claims[${i}].id`, `duplicate id "${claim.id}"`);
    ids.add(claim.id);
    if (!claim.plain?.trim())
      report(`claims[${i}].plain`, 'needs "plain": the claim in one short, plain sentence');
    else if (claim.plain.split(/\s+/).length > MAX_PLAIN_WORDS)
      report(`claims[${i}].plain`, `keep it to ${MAX_PLAIN_WORDS} words at most`);
    for (const [j, cite] of claim.cites.entries())
      checkCite(cite, sources, `claims[${i}].cites[${j}]`, report);
  });
  claims.forEach((claim, i) => {
    claim.contestedBy?.forEach((other, j) => {
      if (!ids.has(other)) report(`claims[${i}].contestedBy[${j}]`, `unknown claim "${other}"`);
    });
  });
  return errors;
}

/** Every source whose claims are cited from it has a summary for the sources screen. */
export function checkSourceSummaries(sources: readonly Source[], file: string): ContentError[] {
  return sources.flatMap((source, i) =>
    source.citeInstead || source.summary?.trim()
      ? []
      : [{ file, path: `sources[${i}].summary`, message: 'needs a one-paragraph "summary"' }],
  );
}

/** Check the lenses: a neutral "balanced" lens exists; claims a lens names exist and are contested. */
export function checkLenses(
  lenses: readonly Lens[],
  claims: readonly Claim[],
  file: string,
): ContentError[] {
  const errors: ContentError[] = [];
  const byId = new Map(claims.map((c) => [c.id, c]));
  const balanced = lenses.find((l) => l.id === 'balanced');
  if (!balanced)
    errors.push({ file, path: 'lenses', message: 'needs a "balanced" lens (the default)' });
  else if (Object.keys(balanced.schools).length > 0 || Object.keys(balanced.claims).length > 0) {
    errors.push({
      file,
      path: `lenses[${lenses.indexOf(balanced)}]`,
      message: 'the balanced lens must weigh nothing',
    });
  }
  lenses.forEach((lens, i) => {
    for (const id of Object.keys(lens.claims)) {
      const claim = byId.get(id);
      if (!claim)
        errors.push({ file, path: `lenses[${i}].claims.${id}`, message: `unknown claim "${id}"` });
      else if (!claim.contestedBy?.length) {
        errors.push({
          file,
          path: `lenses[${i}].claims.${id}`,
          message: 'a lens may only reweigh contested claims',
        });
      }
    }
  });
  return errors;
}

/** Every claim id a scenario uses, in options, effects, rules, events, outcomes and doctrine. */
export function claimsUsedBy(scenario: Scenario): Set<string> {
  const used = new Set<string>();
  const items = [
    ...scenario.options,
    ...scenario.rules,
    ...scenario.events,
    ...scenario.outcomes,
    ...scenario.doctrine,
  ];
  for (const item of items) {
    for (const id of item.claims) used.add(id);
    for (const effect of 'effects' in item ? item.effects : [])
      for (const id of effect.claims ?? []) used.add(id);
  }
  return used;
}

/** Claims of the catalog that no scenario uses and that are not marked context-only (and the reverse). */
export function checkCoverage(
  claims: readonly Claim[],
  used: ReadonlySet<string>,
  file: string,
): ContentError[] {
  const errors: ContentError[] = [];
  claims.forEach((claim, i) => {
    if (!used.has(claim.id) && !claim.contextOnly) {
      errors.push({
        file,
        path: `claims[${i}]`,
        message: `${claim.id} is used by no scenario: use it in a rule, or give "contextOnly" with the reason`,
      });
    }
  });
  return errors;
}
