import { z } from 'zod/mini';
import { JiraRestError } from './errors';
import { summarizeIssues } from './schemas';

/** Issue entity property holding the team's shared answer (opt-in team sharing, issue 6). */
export const SHARED_ANSWER_PROPERTY_KEY = 'customer-benefit-check';

/** Jira refuses property values over 32768 characters (reference/jira.md §3.2, PUT description). */
export const PROPERTY_VALUE_MAX_CHARS = 32_768;

/** Label written back on unclear tickets when the team opts in (reference/jira.md §3.5). */
export const UNCLEAR_LABEL = 'customer-benefit-unclear';

export const sharedBySchema = z.object({
  /** Cloud user id. */
  accountId: z.optional(z.string()),
  /** Data Center user name. */
  name: z.optional(z.string()),
  displayName: z.string(),
});
export type SharedBy = z.infer<typeof sharedBySchema>;

/** Same per-field limit as the local answer store (lib/storage/answer-schema.ts). */
const text = z.string().check(z.maxLength(2_000));

/**
 * The shared answer as stored in Jira. Anyone who can browse the issue can write the property, so a
 * read is untrusted input: it is validated and anything else counts as "no valid shared answer".
 * `verdict` is null until the team decides and `updatedAt` is epoch ms, both as in the local store.
 */
export const sharedAnswerSchema = z.object({
  version: z.literal(1),
  customer: text,
  benefit: text,
  evidence: text,
  verdict: z.nullable(z.enum(['clear', 'unclear'])),
  note: text,
  updatedAt: z.number().check(z.nonnegative()),
  /**
   * When each field last changed, so a teammate's untouched old field never beats a newer local one.
   * Optional: answers shared before it existed use `updatedAt` for every field.
   */
  fieldUpdatedAt: z.optional(
    z.partialRecord(z.enum(['customer', 'benefit', 'evidence', 'verdict', 'note']), z.number().check(z.nonnegative())),
  ),
  sharedBy: z.optional(sharedBySchema),
});
export type SharedAnswer = z.infer<typeof sharedAnswerSchema>;

export type SharedAnswerRead =
  | { status: 'none' }
  | { status: 'valid'; answer: SharedAnswer }
  | { status: 'invalid'; detail: string };

export function readSharedAnswer(properties: Record<string, unknown> | undefined): SharedAnswerRead {
  if (properties === undefined || !(SHARED_ANSWER_PROPERTY_KEY in properties)) return { status: 'none' };
  const parsed = sharedAnswerSchema.safeParse(properties[SHARED_ANSWER_PROPERTY_KEY]);
  if (parsed.success) return { status: 'valid', answer: parsed.data };
  return { status: 'invalid', detail: summarizeIssues(parsed.error.issues) };
}

/** JSON body for the PUT, or a `too-large` error before anything is sent. */
export function serializeSharedAnswer(answer: SharedAnswer): string {
  const parsed = sharedAnswerSchema.safeParse(answer);
  if (!parsed.success) {
    throw new JiraRestError({ kind: 'invalid-response', detail: `shared answer: ${summarizeIssues(parsed.error.issues)}` });
  }
  const body = JSON.stringify(parsed.data);
  if (body.length > PROPERTY_VALUE_MAX_CHARS) {
    throw new JiraRestError({ kind: 'too-large', size: body.length, limit: PROPERTY_VALUE_MAX_CHARS });
  }
  return body;
}
