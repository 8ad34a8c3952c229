import { JiraRestError } from './errors';
import { apiVersion, type JiraFlavour } from './flavour';
import { ISSUE_FIELDS, toJiraIssue, type JiraIssue } from './issue';
import { jiraRequest, type RequestContext } from './request';
import { cloudSearchPageSchema, dcSearchPageSchema, rawIssueSchema } from './schemas';
import { SHARED_ANSWER_PROPERTY_KEY } from './shared-answer';
import { mapInChunks, yieldToMain } from './yield';

export interface SearchProgress {
  /** Issues delivered so far. */
  done: number;
  /** Known on Data Center only; Cloud's search/jql has no total (reference/jira.md §3.3). */
  total?: number;
}

export interface SearchOptions {
  /** Issues per request. @default 100 */
  pageSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: SearchProgress) => void;
  /** Stop (with `truncated: true` on the last page) after this many issues. @default 5000 */
  maxIssues?: number;
}

export interface SearchPage extends SearchProgress {
  issues: JiraIssue[];
  /** Issues in the answer that did not validate and were left out. */
  skipped: number;
  isLast: boolean;
  truncated: boolean;
}

interface RawPage {
  issues: unknown[];
  total?: number;
  /** Cloud: token for the next page; Data Center: undefined. */
  nextPageToken?: string;
  isLast: boolean;
}

function baseQuery(jql: string, pageSize: number): Record<string, string | number> {
  return { jql, fields: ISSUE_FIELDS.join(','), properties: SHARED_ANSWER_PROPERTY_KEY, maxResults: pageSize };
}

async function fetchCloudPage(
  context: RequestContext,
  jql: string,
  pageSize: number,
  token: string | undefined,
  signal: AbortSignal | undefined,
): Promise<RawPage> {
  const page = await jiraRequest(context, {
    method: 'GET',
    path: '/search/jql',
    query: { ...baseQuery(jql, pageSize), nextPageToken: token },
    schema: cloudSearchPageSchema,
    signal,
  });
  const next = page.nextPageToken ?? undefined;
  return { issues: page.issues, isLast: page.isLast ?? next === undefined, ...(next ? { nextPageToken: next } : {}) };
}

async function fetchDcPage(
  context: RequestContext,
  jql: string,
  pageSize: number,
  startAt: number,
  signal: AbortSignal | undefined,
): Promise<RawPage> {
  const page = await jiraRequest(context, {
    method: 'GET',
    path: '/search',
    query: { ...baseQuery(jql, pageSize), startAt },
    schema: dcSearchPageSchema,
    signal,
  });
  const reached = page.startAt + page.issues.length;
  return { issues: page.issues, total: page.total, isLast: page.issues.length === 0 || reached >= page.total };
}

function toIssueOrUndefined(raw: unknown, apiVersion: '2' | '3'): JiraIssue | undefined {
  const parsed = rawIssueSchema.safeParse(raw);
  return parsed.success ? toJiraIssue(parsed.data, apiVersion) : undefined;
}

/**
 * Pages of a JQL search as they arrive. Cloud: `GET /rest/api/3/search/jql` with `nextPageToken`;
 * Data Center: `GET /rest/api/2/search` with `startAt`. Issue conversion runs in chunks with yields
 * in between, so a page of long ADF descriptions does not block the page's main thread.
 */
export async function* searchIssues(
  context: RequestContext,
  flavour: JiraFlavour,
  jql: string,
  { pageSize = 100, signal, onProgress, maxIssues = 5_000 }: SearchOptions = {},
): AsyncGenerator<SearchPage, void, undefined> {
  const version = apiVersion(flavour);
  let done = 0;
  let token: string | undefined;
  const seenTokens = new Set<string>();
  for (;;) {
    const raw =
      flavour === 'cloud'
        ? await fetchCloudPage(context, jql, pageSize, token, signal)
        : await fetchDcPage(context, jql, pageSize, done, signal);
    const converted = await mapInChunks(raw.issues, (issue) => toIssueOrUndefined(issue, version), { signal });
    const issues = converted.filter((issue): issue is JiraIssue => issue !== undefined);
    done += raw.issues.length;
    const truncated = !raw.isLast && done >= maxIssues;
    const isLast = raw.isLast || truncated;
    const progress: SearchProgress = { done, ...(raw.total === undefined ? {} : { total: raw.total }) };
    onProgress?.(progress);
    yield { ...progress, issues, skipped: raw.issues.length - issues.length, isLast, truncated };
    if (isLast) return;
    if (flavour === 'cloud') {
      // A token seen before would loop forever; a missing one with isLast=false is a broken answer.
      if (raw.nextPageToken === undefined || seenTokens.has(raw.nextPageToken)) {
        throw new JiraRestError({ kind: 'invalid-response', detail: 'search/jql: bad nextPageToken' });
      }
      seenTokens.add(raw.nextPageToken);
      token = raw.nextPageToken;
    }
    await yieldToMain();
  }
}
