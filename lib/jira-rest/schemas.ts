import { z } from 'zod/mini';

/*
 * Shapes of Jira's REST answers, as loose as the real fixtures demand (../shared/fixtures/jira-rest):
 * Atlassian's own get-issue example has no summary, search/jql examples carry v3 descriptions as
 * plain strings, and DC issues often have `description: null`. Only what the extension reads is
 * checked; everything else passes through untouched (looseObject).
 */

/** Jira's error envelope `{"errorMessages":[…],"errors":{field:msg}}` (reference/jira.md §3.1). */
export const errorEnvelopeSchema = z.looseObject({
  errorMessages: z.optional(z.array(z.string())),
  errors: z.optional(z.record(z.string(), z.string())),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

const nameOnlySchema = z.looseObject({ name: z.optional(z.string()) });

export const rawIssueFieldsSchema = z.looseObject({
  summary: z.optional(z.nullable(z.string())),
  /** ADF object on /rest/api/3, wiki markup string on /rest/api/2, or null. Checked by the converters. */
  description: z.optional(z.unknown()),
  issuetype: z.optional(z.nullable(nameOnlySchema)),
  labels: z.optional(z.nullable(z.array(z.string()))),
  status: z.optional(
    z.nullable(
      z.looseObject({
        name: z.optional(z.string()),
        statusCategory: z.optional(z.looseObject({ key: z.optional(z.string()) })),
      }),
    ),
  ),
});

export const rawIssueSchema = z.looseObject({
  id: z.optional(z.string()),
  key: z.string(),
  fields: z.optional(rawIssueFieldsSchema),
  /** Inline entity properties requested with `?properties=`; values are untrusted JSON. */
  properties: z.optional(z.record(z.string(), z.unknown())),
});
export type RawIssue = z.infer<typeof rawIssueSchema>;

/**
 * `GET /rest/api/3/search/jql`: `{issues, isLast, nextPageToken?}`, no total (§3.3). Issues stay
 * `unknown` here so one odd issue is skipped instead of failing the whole page.
 */
export const cloudSearchPageSchema = z.looseObject({
  issues: z.array(z.unknown()),
  isLast: z.optional(z.boolean()),
  nextPageToken: z.optional(z.nullable(z.string())),
});
export type CloudSearchPage = z.infer<typeof cloudSearchPageSchema>;

/** `GET /rest/api/2/search` (Data Center): startAt paging with a total. */
export const dcSearchPageSchema = z.looseObject({
  issues: z.array(z.unknown()),
  startAt: z.number(),
  maxResults: z.number(),
  total: z.number(),
});
export type DcSearchPage = z.infer<typeof dcSearchPageSchema>;

/** `GET /myself`: Cloud identifies users by accountId, Data Center by name/key. */
export const myselfSchema = z.looseObject({
  accountId: z.optional(z.string()),
  name: z.optional(z.string()),
  key: z.optional(z.string()),
  displayName: z.optional(z.string()),
});
export type RawMyself = z.infer<typeof myselfSchema>;

/** A response body the client ignores (PUT answers 200/201/204, often empty). */
export const anyJsonSchema = z.unknown();

/** First validation problems as one short line, for logs and `invalid-response` details. */
export function summarizeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
