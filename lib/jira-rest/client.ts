import { JiraRestError } from './errors';
import { apiVersion, type JiraFlavour } from './flavour';
import { ISSUE_FIELDS, toJiraIssue, type JiraIssue } from './issue';
import { defaultSleep, jiraRequest, type FetchLike, type RequestContext, type Sleep } from './request';
import { anyJsonSchema, myselfSchema, rawIssueSchema } from './schemas';
import { searchIssues, type SearchOptions, type SearchPage } from './search';
import {
  SHARED_ANSWER_PROPERTY_KEY,
  UNCLEAR_LABEL,
  readSharedAnswer,
  serializeSharedAnswer,
  type SharedAnswer,
  type SharedAnswerRead,
  type SharedBy,
} from './shared-answer';

export interface JiraClientOptions {
  /** The Jira page's origin, e.g. `location.origin`. Calls are same-origin and ride the session cookie. */
  origin: string;
  /** Data Center context path such as `/jira` (reference/jira.md §1.0). @default '' */
  contextPath?: string;
  flavour: JiraFlavour;
  /**
   * @default globalThis.fetch
   * In Firefox content scripts pass `content.fetch`: the sandbox's own fetch sends `Origin: null`,
   * which Jira's XSRF filter may reject on writes; the page's fetch sends the page origin (§3.4).
   */
  fetch?: FetchLike;
  /** Waits between 429 retries; tests inject a fake. @default setTimeout-based, abortable */
  sleep?: Sleep;
  /** Retries after 429 Too Many Requests. @default 3 */
  maxRetries?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** Who is logged in; the same shape as a shared answer's `sharedBy`. */
export type JiraUser = SharedBy;

export interface JiraClient {
  readonly flavour: JiraFlavour;
  /** `${origin}${contextPath}/rest/api/{2|3}` */
  readonly apiRoot: string;
  getIssue(key: string, options?: CallOptions): Promise<JiraIssue>;
  search(jql: string, options?: SearchOptions): AsyncGenerator<SearchPage, void, undefined>;
  getSharedAnswer(key: string, options?: CallOptions): Promise<SharedAnswerRead>;
  putSharedAnswer(key: string, answer: SharedAnswer, options?: CallOptions): Promise<void>;
  /** Adds `customer-benefit-unclear` when unclear, removes it when clear. */
  setUnclearLabel(key: string, unclear: boolean, options?: CallOptions): Promise<void>;
  getMyself(options?: CallOptions): Promise<JiraUser>;
}

/** Issue keys (`ABC-12`) or numeric ids; anything else never reaches a URL. */
const ISSUE_ID_OR_KEY = /^(?:[A-Za-z][A-Za-z0-9_]*-\d+|\d+)$/;

export function normalizeContextPath(contextPath: string | undefined): string {
  const trimmed = (contextPath ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

function issuePath(key: string): string {
  if (!ISSUE_ID_OR_KEY.test(key)) {
    throw new JiraRestError({ kind: 'bad-request', status: 0, jiraMessages: [`Not an issue key: ${key}`] });
  }
  return `/issue/${encodeURIComponent(key)}`;
}

function toUser(raw: { accountId?: string; name?: string; displayName?: string }): JiraUser {
  return {
    ...(raw.accountId === undefined ? {} : { accountId: raw.accountId }),
    ...(raw.name === undefined ? {} : { name: raw.name }),
    displayName: raw.displayName ?? raw.name ?? raw.accountId ?? '',
  };
}

export function createJiraClient(options: JiraClientOptions): JiraClient {
  const { flavour } = options;
  const version = apiVersion(flavour);
  const apiRoot = `${new URL(options.origin).origin}${normalizeContextPath(options.contextPath)}/rest/api/${version}`;
  const context: RequestContext = {
    apiRoot,
    // Looked up per call, and called unbound: `window.fetch` throws "Illegal invocation" otherwise.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    sleep: options.sleep ?? defaultSleep,
    maxRetries: options.maxRetries ?? 3,
  };

  async function getIssue(key: string, { signal }: CallOptions = {}): Promise<JiraIssue> {
    const raw = await jiraRequest(context, {
      method: 'GET',
      path: issuePath(key),
      query: { fields: ISSUE_FIELDS.join(','), properties: SHARED_ANSWER_PROPERTY_KEY },
      schema: rawIssueSchema,
      signal,
    });
    return toJiraIssue(raw, version);
  }

  async function getSharedAnswer(key: string, { signal }: CallOptions = {}): Promise<SharedAnswerRead> {
    // Inline `properties` instead of GET …/properties/{key}: there a 404 cannot tell "no answer yet"
    // from "no such issue".
    const raw = await jiraRequest(context, {
      method: 'GET',
      path: issuePath(key),
      query: { fields: 'summary', properties: SHARED_ANSWER_PROPERTY_KEY },
      schema: rawIssueSchema,
      signal,
    });
    return readSharedAnswer(raw.properties);
  }

  async function putSharedAnswer(key: string, answer: SharedAnswer, { signal }: CallOptions = {}): Promise<void> {
    await jiraRequest(context, {
      method: 'PUT',
      path: `${issuePath(key)}/properties/${SHARED_ANSWER_PROPERTY_KEY}`,
      body: serializeSharedAnswer(answer),
      schema: anyJsonSchema,
      signal,
    });
  }

  async function setUnclearLabel(key: string, unclear: boolean, { signal }: CallOptions = {}): Promise<void> {
    // `update` edits only our label; `fields.labels` would replace the team's labels (§3.5).
    const operation = unclear ? { add: UNCLEAR_LABEL } : { remove: UNCLEAR_LABEL };
    await jiraRequest(context, {
      method: 'PUT',
      path: issuePath(key),
      body: JSON.stringify({ update: { labels: [operation] } }),
      schema: anyJsonSchema,
      signal,
    });
  }

  async function getMyself({ signal }: CallOptions = {}): Promise<JiraUser> {
    const raw = await jiraRequest(context, { method: 'GET', path: '/myself', schema: myselfSchema, signal });
    return toUser(raw);
  }

  return {
    flavour,
    apiRoot,
    getIssue,
    search: (jql, searchOptions) => searchIssues(context, flavour, jql, searchOptions),
    getSharedAnswer,
    putSharedAnswer,
    setUnclearLabel,
    getMyself,
  };
}
