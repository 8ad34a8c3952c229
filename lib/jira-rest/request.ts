import { JiraRestError, isAbortError, type JiraErrorState } from './errors';
import { errorEnvelopeSchema, summarizeIssues } from './schemas';

/** The subset of a zod (mini) schema the client needs; keeps this file schema-agnostic. */
export interface Validator<T> {
  safeParse(input: unknown):
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RequestContext {
  /** `${origin}${contextPath}/rest/api/${version}`, no trailing slash. */
  apiRoot: string;
  fetch: FetchLike;
  sleep: Sleep;
  maxRetries: number;
}

export interface JiraRequest<T> {
  method: 'GET' | 'PUT';
  /** Path below the API root, already encoded: `/issue/ABC-1`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** Serialised JSON; sending one makes the request a write. */
  body?: string;
  schema: Validator<T>;
  signal?: AbortSignal;
}

/** Jira asked for 429 back-off (reference/jira.md §3.4, jira-helper retries on 429 too). */
const BACKOFF_BASE_MS = 1_000;
/** A longer Retry-After is reported to the user rather than silently waited for. */
const MAX_RETRY_WAIT_MS = 60_000;

export const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new JiraRestError({ kind: 'aborted' }));
      },
      { once: true },
    );
  });

/** Commas stay literal so `fields=summary,labels` reads like the Jira docs. */
export function buildQuery(query: Record<string, string | number | undefined> = {}): string {
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value)).replace(/%2C/g, ',')}`);
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

/** Seconds from `Retry-After` (delta-seconds or HTTP date); undefined when absent or unusable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function headersFor(request: JiraRequest<unknown>): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.body !== undefined) {
    // JSON skips Jira's XSRF token check; the header also covers a server that wants it anyway (§3.4).
    headers['Content-Type'] = 'application/json';
    headers['X-Atlassian-Token'] = 'no-check';
  }
  return headers;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new JiraRestError({ kind: 'aborted' });
}

async function send(context: RequestContext, request: JiraRequest<unknown>): Promise<Response> {
  const url = context.apiRoot + request.path + buildQuery(request.query);
  const init: RequestInit = {
    method: request.method,
    headers: headersFor(request),
    credentials: 'same-origin',
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(request.signal === undefined ? {} : { signal: request.signal }),
  };
  try {
    return await context.fetch(url, init);
  } catch (error) {
    if (request.signal?.aborted || isAbortError(error)) throw new JiraRestError({ kind: 'aborted' });
    throw new JiraRestError({ kind: 'network', detail: error instanceof Error ? error.message : String(error) });
  }
}

async function readText(response: Response, signal: AbortSignal | undefined): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) throw new JiraRestError({ kind: 'aborted' });
    throw new JiraRestError({ kind: 'network', detail: error instanceof Error ? error.message : String(error) });
  }
}

function jiraMessages(text: string): string[] {
  try {
    const parsed = errorEnvelopeSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return [];
    return [...(parsed.data.errorMessages ?? []), ...Object.values(parsed.data.errors ?? {})];
  } catch {
    return [];
  }
}

function errorState(response: Response, text: string, isWrite: boolean): JiraErrorState {
  const status = response.status;
  const messages = jiraMessages(text);
  if (status === 401) return { kind: 'logged-out', status };
  if (status === 403 || (status === 400 && isWrite)) return { kind: 'forbidden', status, jiraMessages: messages };
  if (status === 404) return { kind: 'not-found', status, jiraMessages: messages };
  if (status === 410) return { kind: 'gone', status, jiraMessages: messages };
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
    return { kind: 'rate-limited', status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) };
  }
  if (status >= 500) return { kind: 'server', status };
  return { kind: 'bad-request', status, jiraMessages: messages };
}

function parseBody<T>(response: Response, text: string, schema: Validator<T>): T {
  const contentType = response.headers.get('Content-Type') ?? '';
  const empty = text.trim() === '';
  if (!empty && !/json/i.test(contentType)) {
    throw new JiraRestError({ kind: 'not-json', status: response.status, contentType });
  }
  let json: unknown;
  try {
    json = empty ? undefined : JSON.parse(text);
  } catch {
    throw new JiraRestError({ kind: 'not-json', status: response.status, contentType });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new JiraRestError({ kind: 'invalid-response', detail: summarizeIssues(parsed.error.issues) });
  }
  return parsed.data;
}

/**
 * One REST call: sends, retries 429 up to `maxRetries` times (waiting at least `Retry-After`,
 * doubling from 1 s), maps failures to `JiraRestError`, validates the JSON answer with `schema`.
 */
export async function jiraRequest<T>(context: RequestContext, request: JiraRequest<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    throwIfAborted(request.signal);
    const response = await send(context, request);
    const text = await readText(response, request.signal);
    if (response.ok) return parseBody(response, text, request.schema);
    const state = errorState(response, text, request.body !== undefined);
    if (state.kind !== 'rate-limited' || attempt >= context.maxRetries) throw new JiraRestError(state);
    const wait = Math.max((state.retryAfterSeconds ?? 0) * 1000, BACKOFF_BASE_MS * 2 ** attempt);
    if (wait > MAX_RETRY_WAIT_MS) throw new JiraRestError(state);
    await context.sleep(wait, request.signal);
  }
}
