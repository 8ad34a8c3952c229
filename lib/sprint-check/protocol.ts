import { z } from 'zod/mini';

/**
 * "Check a whole board, sprint or query" (issue 6): the popup asks the background to run a JQL
 * search through the Jira tab and to check every issue; the background writes the run's progress
 * and results to session storage, which the popup watches (so the check outlives the popup).
 *
 * | message                 | reply          |
 * |-------------------------|----------------|
 * | `CheckStart`            | `StartReply`   |
 * | `CheckCancel`           | `{ ok: true }` |
 */
export const CHECK_START = 'cbc:check-start';
export const CHECK_CANCEL = 'cbc:check-cancel';

/** Longer JQL is a pasted document, not a query; Jira's own URL limits are in this range too. */
export const MAX_JQL_LENGTH = 4_000;

const localized = z.object({ en: z.string(), pl: z.string() });
export type Localized = z.infer<typeof localized>;

export const checkStartSchema = z.object({
  type: z.literal(CHECK_START),
  tabId: z.number().check(z.int(), z.positive()),
  /** Origin plus Data Center context path, as answers are stored. */
  site: z.string().check(z.minLength(1)),
  origin: z.url(),
  contextPath: z.string().check(z.regex(/^(\/[\w.~-]+)*$/)),
  flavour: z.enum(['cloud', 'datacenter']),
  jql: z.string().check(z.minLength(1), z.maxLength(MAX_JQL_LENGTH)),
});
export type CheckStart = z.infer<typeof checkStartSchema>;

export const checkCancelSchema = z.object({ type: z.literal(CHECK_CANCEL), site: z.string() });
export type CheckCancel = z.infer<typeof checkCancelSchema>;

export const startReplySchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), message: localized }),
]);
export type StartReply = z.infer<typeof startReplySchema>;

/** One checked issue as the popup lists it: the verdict that counts (the team's wins) and the analyzer's flags. */
export const checkResultSchema = z.object({
  key: z.string(),
  summary: z.string(),
  verdict: z.enum(['clear', 'unclear']),
  by: z.enum(['team', 'analyzer']),
  flags: z.array(z.string()),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const checkRunSchema = z.object({
  version: z.literal(1),
  site: z.string(),
  jql: z.string(),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  /** Issues the search has delivered (checked or skipped as unreadable). */
  done: z.number(),
  /** Known on Data Center; Cloud's search/jql has none until the last page. */
  total: z.optional(z.number()),
  /** Issues Jira sent that did not validate. */
  skipped: z.number(),
  /** The search stopped at the issue cap before the query's end. */
  truncated: z.boolean(),
  results: z.array(checkResultSchema),
  error: z.optional(localized),
  startedAt: z.number(),
  updatedAt: z.number(),
});
export type CheckRun = z.infer<typeof checkRunSchema>;
export type CheckStatus = CheckRun['status'];
