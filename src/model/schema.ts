import { z } from 'zod';
import { ConditionSchema } from './condition-schema';
import { CAPITALS, INDICATORS } from './ids';
import { LAUNCH_KINDS } from './launches';

/** A source paragraph locator: three-digit source number, colon, paragraph (`001:14`). */
export const SourceRefSchema = z
  .string()
  .regex(/^\d{3}:\d+$/, 'a paragraph locator looks like "001:14" (source:paragraph)');

/** Ids of claims, rules, options and events: lowercase, dotted, dashed. */
const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lowercase words joined by "." or "-"');

/** One source document, as the text itself presents it. */
export const SourceSchema = z.strictObject({
  id: z.string().regex(/^\d{3}$/),
  file: z.string(),
  title: z.string(),
  byline: z.string().optional(),
  /** The outlet, where the text itself names or shows one. */
  outlet: z.string().optional(),
  events: z.string(),
  paragraphs: z.number().int().positive(),
  lean: z.string(),
  citeInstead: z.string().optional(),
  /** What the source argues, in one paragraph of the project's own words (the sources screen). */
  summary: z.string().optional(),
});
/** One source document. */
export type Source = z.infer<typeof SourceSchema>;

/** The manifest of sources (scenarios/sources.json). */
export const SourceManifestSchema = z.strictObject({ sources: z.array(SourceSchema).min(1) });

/** The reading of the evidence a claim belongs to. */
export const SCHOOLS = ['engagement', 'deterrence', 'development', 'shared'] as const;

/** A causal claim made by a source, paraphrased in the project's own words. */
export const ClaimSchema = z.strictObject({
  id: IdSchema,
  text: z.string().min(20),
  /** The claim in one short sentence a 16-year-old reads: the first depth of a "why?" panel. */
  plain: z.string().optional(),
  cites: z.array(SourceRefSchema).min(1),
  /** A few words quoted from the source as an evidence marker (optional, short). */
  marker: z.string().max(60).optional(),
  actor: z.enum([...CAPITALS, 'china', 'region']),
  direction: z.enum(['raises', 'lowers', 'mixed']),
  strength: z.enum(['weak', 'moderate', 'strong']),
  school: z.enum(SCHOOLS),
  /** Set when another source disputes this claim; names the opposing claims. */
  contestedBy: z.array(IdSchema).optional(),
  /** Why a claim is kept as context only, used by no rule. */
  contextOnly: z.string().optional(),
});
/** A causal claim. */
export type Claim = z.infer<typeof ClaimSchema>;

/** The claim catalog (scenarios/claims.json). */
export const ClaimCatalogSchema = z.strictObject({ claims: z.array(ClaimSchema).min(1) });

/**
 * A change to one indicator: a fixed delta, or a [min, max] range drawn uniformly. An effect
 * may carry its own evidence when it differs from that of the option, rule or event it is in.
 */
export const EffectSchema = z.strictObject({
  indicator: z.enum(INDICATORS),
  delta: z.union([z.number().int(), z.tuple([z.number().int(), z.number().int()])], {
    error: 'a delta is a whole number or a [min, max] pair of whole numbers',
  }),
  claims: z.array(z.string()).optional(),
  assumption: z.string().optional(),
});
/** A launch an option or rule makes happen: its kind and how many missiles (a number or a range). */
export const LaunchSpecSchema = z.strictObject({
  kind: z.enum(LAUNCH_KINDS),
  missiles: z
    .union([
      z.number().int().min(1).max(12),
      z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(12)]),
    ])
    .default(1),
});
/** A launch an option or rule makes happen. */
export type LaunchSpec = z.infer<typeof LaunchSpecSchema>;

/**
 * An analytic lens: a reading of the contested evidence. Its school weights scale a contested
 * claim when the lens takes sides in that contest (it weighs the claim's school and the school
 * of a claim contesting it); `claims` can set single claims outright (0 switches one off).
 */
export const LensSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  summary: z.string(),
  follows: z.array(z.string().regex(/^\d{3}$/)).default([]),
  schools: z.partialRecord(z.enum(SCHOOLS), z.number().min(0).max(3)).default({}),
  claims: z.record(z.string(), z.number().min(0).max(3)).default({}),
});
/** An analytic lens. */
export type Lens = z.infer<typeof LensSchema>;

/** The lenses file (scenarios/lenses.json). */
export const LensCatalogSchema = z.strictObject({ lenses: z.array(LensSchema).min(1) });

/** A change to one indicator. */
export type Effect = z.infer<typeof EffectSchema>;

/** Evidence behind an option, rule, event or outcome: claims, or a designer assumption. */
const Evidence = {
  claims: z.array(IdSchema).default([]),
  /** Set, with the reason, when no source supports this: a designer assumption. */
  assumption: z.string().optional(),
};

/** A choice open to one capital in one round. */
export const OptionSchema = z.strictObject({
  id: IdSchema,
  capital: z.enum(CAPITALS),
  label: z.string(),
  summary: z.string(),
  cost: z.string(),
  tags: z.array(z.string()).default([]),
  available: ConditionSchema.optional(),
  unavailableReason: z.string().optional(),
  effects: z.array(EffectSchema).default([]),
  /** The launches this choice is (Pyongyang's tests): counted by kind, shown on the map. */
  launches: z.array(LaunchSpecSchema).default([]),
  ...Evidence,
});
/** A choice open to one capital. */
export type Option = z.infer<typeof OptionSchema>;

/**
 * A causal rule: when its condition holds (and its roll succeeds), its effects apply and its
 * launches happen (a rule may add launches to a round, e.g. a follow-up salvo).
 */
export const RuleSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string(),
    explain: z.string(),
    when: ConditionSchema,
    probability: z.number().min(0).max(1).optional(),
    effects: z.array(EffectSchema).default([]),
    launches: z.array(LaunchSpecSchema).default([]),
    ...Evidence,
  })
  .refine((rule) => rule.effects.length > 0 || rule.launches.length > 0, {
    message: 'a rule needs at least one effect or launch',
    path: ['effects'],
  });
/** A causal rule. */
export type Rule = z.infer<typeof RuleSchema>;

/** A card in the event deck: drawn when its condition holds and its roll succeeds. */
export const EventSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  text: z.string(),
  when: ConditionSchema.optional(),
  probability: z.number().min(0).max(1),
  once: z.boolean().default(true),
  effects: z.array(EffectSchema).default([]),
  ...Evidence,
});
/** An event card. */
export type EventCard = z.infer<typeof EventSchema>;

/** Ways a game can end. */
export const OUTCOME_KINDS = ['freeze', 'uncapped', 'rupture', 'clash', 'lastRound'] as const;

/** An ending, checked after each round in the order listed. */
export const OutcomeSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(OUTCOME_KINDS),
  title: z.string(),
  text: z.string(),
  when: ConditionSchema.optional(),
  probability: z.number().min(0).max(1).optional(),
  /** Score bonus (or malus) per capital when the game ends this way. */
  scores: z.partialRecord(z.enum(CAPITALS), z.number()).default({}),
  ...Evidence,
});
/** An ending. */
export type Outcome = z.infer<typeof OutcomeSchema>;

/** One objective of a capital: keep an indicator high or low. */
export const ObjectiveSchema = z.strictObject({
  indicator: z.enum(INDICATORS),
  want: z.enum(['high', 'low']),
  weight: z.number().positive(),
  label: z.string(),
});
/** One objective of a capital. */
export type Objective = z.infer<typeof ObjectiveSchema>;

/** A capital's role in a scenario. */
export const CapitalSetupSchema = z.strictObject({
  roleBrief: z.string(),
  objectives: z.array(ObjectiveSchema).min(1),
});

/** A consideration in an AI capital's doctrine: when it holds, it weighs for or against options. */
export const ConsiderationSchema = z.strictObject({
  id: IdSchema,
  capital: z.enum(CAPITALS),
  option: z.string().optional(),
  tag: z.string().optional(),
  when: ConditionSchema.optional(),
  weight: z.number(),
  reason: z.string(),
  ...Evidence,
});
/** A doctrine consideration. */
export type Consideration = z.infer<typeof ConsiderationSchema>;

/** Starting value of an indicator, with a one-line justification. */
const StartValueSchema = z.strictObject({
  value: z.number().min(0).max(100),
  why: z.string(),
});

/** A scenario file (scenarios/*.scenario.json). */
export const ScenarioSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  subtitle: z.string(),
  sources: z.array(z.string().regex(/^\d{3}$/)).min(1),
  startDate: z.iso.date(),
  roundLengthDays: z.number().int().positive(),
  rounds: z.number().int().min(1).max(40),
  briefing: z.string(),
  learningObjectives: z.array(z.string()).default([]),
  debriefQuestions: z.array(z.string()).default([]),
  capitals: z.strictObject({
    northKorea: CapitalSetupSchema,
    us: CapitalSetupSchema,
    japan: CapitalSetupSchema,
    southKorea: CapitalSetupSchema,
  }),
  indicators: z.strictObject(
    Object.fromEntries(INDICATORS.map((id) => [id, StartValueSchema])) as Record<
      (typeof INDICATORS)[number],
      typeof StartValueSchema
    >,
  ),
  options: z.array(OptionSchema).min(4),
  rules: z.array(RuleSchema).default([]),
  events: z.array(EventSchema).default([]),
  outcomes: z.array(OutcomeSchema).min(1),
  doctrine: z.array(ConsiderationSchema).default([]),
  /** Softmax temperature of AI choice: lower is more predictable. */
  aiTemperature: z.number().positive().default(0.6),
  /** Claims defined by this scenario alone, in addition to the shared catalog. */
  claims: z.array(ClaimSchema).default([]),
  whatHappenedNext: z
    .array(z.strictObject({ date: z.string(), text: z.string(), source: z.string() }))
    .default([]),
});
/** A scenario as written in its file. */
export type ScenarioFile = z.infer<typeof ScenarioSchema>;

/** A scenario with the claims it may cite resolved: what the model runs on. */
export interface Scenario extends ScenarioFile {
  claimIndex: Record<string, Claim>;
  optionIndex: Record<string, Option>;
  /** The lenses a game of this scenario may be played under. */
  lenses: Lens[];
  /** The source documents claims cite, by three-digit id. */
  sourceIndex: Record<string, Source>;
}
