// The first depth of a "why?" panel: one plain sentence per causal step — what happened, what it
// changed, and the claim behind it — with its number and one short citation marker, or the mark
// of a designer assumption. The full chain (claims, paragraphs, lenses, disputes) is the second
// depth, behind "Show the evidence".
import { t } from '../../i18n/messages';
import { sentences } from '../../i18n/sentences';
import type { WhyChain, WhyStep } from './why';

/** One step of the chain, as the first depth says it. */
export interface PlainLine {
  /** The heading the step sits under (an option's panel: the option itself, the rules it sets off). */
  group?: string;
  /** What kind of cause: shown as a small badge. */
  kind: WhyStep['cause']['kind'] | 'change';
  /** The number the step gives: "+6", "−3", or a forecast ("+4 to +8"); null if it gives none. */
  number: string | null;
  /** One plain sentence. */
  text: string;
  /** The paragraph it rests on, as a marker ("001:14"); empty when no source backs it. */
  cites: string[];
  /** Set when a designer assumption, not a source, stands behind the step (or part of it). */
  assumption: boolean;
  /** What the forecast depends on ("Its condition does not hold in this round as it stands."). */
  note?: string;
  /** Set when the sentence quotes a team's own words. */
  typed?: boolean;
}

/** A "why?" answer at its first depth. */
export interface PlainWhy {
  title: string;
  lines: PlainLine[];
}

/**
 * Words and phrases the first depth never uses: the model's and the sources' jargon, and the
 * tag names of options, which mean nothing to a player. Tests hold every first depth to this.
 */
export const JARGON = [
  'reciprocal',
  'reciprocity',
  'firm-response',
  'reading',
  'school',
  'lens',
  'doctrine',
  'coercive',
  'pre-emptive',
  'modifier',
  'talks-offer',
  'missile-test',
  'status-quo',
  'strike-capability',
  'civil-defence',
  'allied-drills',
  'srbm',
  'red-line',
  'claim.',
  'rule.',
] as const;

/** The jargon of JARGON found in a text (case-insensitive, whole words or phrases). */
export function jargonIn(text: string): string[] {
  const lower = text.toLowerCase();
  return JARGON.filter((term) => {
    const at = lower.indexOf(term);
    if (at < 0) return false;
    const before = lower[at - 1] ?? ' ';
    return !/[a-z-]/.test(before);
  });
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

// Proper names keep their capital when a claim's sentence follows a colon.
const NAMES =
  /^(Kim|Pyongyang|Washington|Tokyo|Seoul|Beijing|Moscow|China|Japan|North|South|US|UN|THAAD|Trump)\b/;
const lowerFirst = (text: string) =>
  NAMES.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);

const hasNumber = (line: string) => /[+−-]\d/.test(line);

// A sentence already closed, in any of the page's languages.
const closed = (text: string) => /[.!?”。！？」]$/.test(text);

function numberOf(step: WhyStep): string | null {
  if (step.change) return signed(step.change.after - step.change.before);
  const numbers = step.expected?.filter(hasNumber) ?? [];
  if (numbers.length === 0) return null;
  // An option's or rule's forecast: each line keeps its indicator, so the reader sees which
  // number goes where ("Regional tension +4 to +8; Sanctions pressure +6").
  return numbers.join('; ');
}

/** One step as one plain sentence. */
export function plainLine(step: WhyStep): PlainLine {
  const claim = step.claims.find((c) => c.plain) ?? step.claims[0];
  const cause = step.cause.plain ?? step.cause.label;
  // A step under a heading that names its cause (what a rule did this round) says only the change.
  const what = cause || step.change?.label || '';
  const because = claim?.plain ?? '';
  const notes = (step.expected ?? []).filter((line) => !hasNumber(line));
  const text =
    step.cause.kind === 'ai' || !because
      ? what
      : what
        ? t('why.plain.because', { what, because: lowerFirst(because) })
        : because;
  return {
    ...(step.group ? { group: step.group } : {}),
    kind: cause ? step.cause.kind : 'change',
    number: numberOf(step),
    text: closed(text) ? text : t('why.plain.sentence', { text }),
    cites: claim?.cites[0] ? [claim.cites[0].short] : [],
    assumption: step.assumption !== undefined,
    ...(notes.length ? { note: sentences(notes) } : {}),
    ...(step.cause.typed ? { typed: true } : {}),
  };
}

/** A chain at its first depth: its title and one plain line per step. */
export function plainWhy(chain: WhyChain): PlainWhy {
  return { title: chain.title, lines: chain.steps.map(plainLine) };
}

/** The words a reader meets at the first depth: title, numbers, sentences, markers and marks. */
export function plainWords(plain: PlainWhy): number {
  const text = [
    plain.title,
    ...plain.lines.flatMap((l) => [
      l.number ?? '',
      l.text,
      ...l.cites,
      l.assumption ? t('why.panel.assumptionMark') : '',
    ]),
  ].join(' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
