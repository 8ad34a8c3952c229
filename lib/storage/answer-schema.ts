import { z } from 'zod/mini';

/** The team's call on a ticket; `null` until someone decides. */
export const teamVerdictSchema = z.nullable(z.enum(['clear', 'unclear']));

export const ANSWER_TEXT_FIELDS = ['customer', 'benefit', 'evidence', 'note'] as const;
export const ANSWER_FIELDS = [...ANSWER_TEXT_FIELDS, 'verdict'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** Longest text kept per field: a paragraph is an answer, a pasted spec is not. */
export const MAX_FIELD_LENGTH = 2_000;

/** The answer shape this build writes; records with a higher `version` come from a newer build. */
export const ANSWER_VERSION = 2;

const text = z.string().check(z.maxLength(MAX_FIELD_LENGTH));

/** The analyzer's judgement at the time of the last edit, so lists need not re-analyse. */
export const analysisSummarySchema = z.object({
  verdict: z.enum(['clear', 'unclear']),
  score: z.number(),
  /** Flag codes, e.g. `customer-missing`. */
  flags: z.array(z.string()),
});

const answerFieldsV1 = {
  /** Jira site: origin plus Data Center context path. */
  site: z.string(),
  key: z.string(),
  /** The summary when the answer was last edited, for lists away from Jira. */
  summary: z.string(),
  customer: text,
  benefit: text,
  evidence: text,
  note: text,
  verdict: teamVerdictSchema,
  analysis: z.optional(analysisSummarySchema),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** When each field last changed, so merges from other tabs, browsers and imports go field by field. */
  fieldUpdatedAt: z.partialRecord(z.enum(ANSWER_FIELDS), z.number()),
};

/** Version 1, as the first build wrote it. Kept to type the v1 → v2 migration. */
export const answerSchemaV1 = z.object({ version: z.literal(1), ...answerFieldsV1 });
export type AnswerV1 = z.infer<typeof answerSchemaV1>;

/**
 * A field value that a later edit from another tab, popup or browser replaced: the one-step undo.
 * Device-local: it is neither synced nor exported.
 */
export const answerUndoSchema = z.object({
  field: z.enum(ANSWER_FIELDS),
  value: z.nullable(z.string()),
  /** When the replaced value had been written. */
  at: z.number(),
});

/** One issue's answer. Version 2 adds `undo` (issue 4: the earlier of two edits stays undoable). */
export const answerSchema = z.object({
  version: z.literal(2),
  ...answerFieldsV1,
  undo: z.optional(answerUndoSchema),
});

export type Answer = z.infer<typeof answerSchema>;
export type AnswerUndo = z.infer<typeof answerUndoSchema>;
export type TeamVerdict = z.infer<typeof teamVerdictSchema>;
export type AnalysisSummary = z.infer<typeof analysisSummarySchema>;
export type AnswerPatch = Partial<Pick<Answer, AnswerField>>;

export interface AnswerRef {
  site: string;
  key: string;
}

export function emptyAnswer(ref: AnswerRef, now: number): Answer {
  return {
    version: ANSWER_VERSION,
    site: ref.site,
    key: ref.key,
    summary: '',
    customer: '',
    benefit: '',
    evidence: '',
    note: '',
    verdict: null,
    createdAt: now,
    updatedAt: now,
    fieldUpdatedAt: {},
  };
}
