// The shape of the files in scenarios/record/: the real launch record and the record's notes on
// named claims. The validator (npm run validate) and the tests check the files against these
// schemas; the browser imports only the inferred types, so Zod stays out of its bundles.
import { z } from 'zod';
import { LAUNCH_KINDS } from '../model/launches';

/** One test event of the real record (one day's firing, or a nuclear test). */
export const RecordEventSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date YYYY-MM-DD (or YYYY-MM)'),
    kind: z.enum(LAUNCH_KINDS),
    missiles: z.number().int().min(1),
    missile: z.string().min(1),
    type: z.string().min(1),
  })
  .strict();

/** A real test event. */
export type RecordEvent = z.infer<typeof RecordEventSchema>;

/** scenarios/record/nk-launches.json: where the events come from, how kinds are assigned, the events. */
export const LaunchRecordFileSchema = z
  .object({
    source: z.string().min(1),
    kinds: z.string().min(1),
    events: z.array(RecordEventSchema).min(1),
  })
  .strict();

/** The launch record file. */
export type LaunchRecordFile = z.infer<typeof LaunchRecordFileSchema>;

/** What the record does to a claim: contests it, bears it out only in part, or supports it. */
export const RECORD_STANCES = ['contests', 'partly-supports', 'mixed', 'supports'] as const;

/** One stance of the record toward a claim. */
export type RecordStance = (typeof RECORD_STANCES)[number];

/**
 * The record's view on one or more named claims: a paraphrase, the published figures (derived
 * ones say so), and the named source. Shown when a game touched one of its claims, or when a
 * launch of one of its kinds happened.
 */
export const RecordNoteSchema = z
  .object({
    id: z.string().regex(/^record\.[a-z0-9-]+$/, 'an id like record.japan-polls'),
    claims: z.array(z.string().min(1)).min(1),
    launchKinds: z.array(z.enum(LAUNCH_KINDS)).default([]),
    stance: z.enum(RECORD_STANCES),
    title: z.string().min(1),
    text: z.string().min(1),
    figures: z.array(z.string().min(1)).min(1),
    source: z.string().min(1),
    publicRecord: z.literal(true),
  })
  .strict();

/** A note of the record's view. */
export type RecordNote = z.infer<typeof RecordNoteSchema>;

/** scenarios/record/record-notes.json. */
export const RecordNotesFileSchema = z
  .object({ about: z.string().min(1), notes: z.array(RecordNoteSchema).min(1) })
  .strict();

/** The record notes file. */
export type RecordNotesFile = z.infer<typeof RecordNotesFileSchema>;
