// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MockFault } from '@/demo/jira-rest-mock';
import { createJiraClient } from '@/lib/jira-rest/client';
import { JiraRestError, jiraErrorMessage, toJiraRestError, type JiraErrorState } from '@/lib/jira-rest/errors';
import { parseRetryAfter } from '@/lib/jira-rest/request';
import { startHarness } from './mock-setup';

async function failure(promise: Promise<unknown>): Promise<JiraErrorState> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(JiraRestError);
  return (error as JiraRestError).state;
}

describe('error states', () => {
  it.each<[string, MockFault, Partial<JiraErrorState>]>([
    ['401 logged out', { type: 'status', status: 401 }, { kind: 'logged-out', status: 401 }],
    ['403 no permission', { type: 'status', status: 403 }, { kind: 'forbidden', status: 403 }],
    ['404 missing or hidden', { type: 'status', status: 404 }, { kind: 'not-found', status: 404 }],
    ['410 endpoint removed', { type: 'status', status: 410 }, { kind: 'gone', status: 410 }],
    ['400 on a read', { type: 'status', status: 400, body: { errorMessages: ["Field 'x' does not exist."] } }, { kind: 'bad-request', status: 400 }],
    ['500 server error', { type: 'status', status: 500 }, { kind: 'server', status: 500 }],
    ['503 with an HTML body', { type: 'status', status: 503, body: '<html>down</html>', headers: { 'Content-Type': 'text/html' } }, { kind: 'server', status: 503 }],
    ['a login page instead of JSON', { type: 'html' }, { kind: 'not-json', status: 200 }],
    ['a proxy error page', { type: 'html', status: 502 }, { kind: 'server', status: 502 }],
    ['JSON that is not an issue', { type: 'status', status: 200, body: { hello: 'world' } }, { kind: 'invalid-response' }],
    ['JSON labelled as JSON but broken', { type: 'status', status: 200, body: '{"key":', headers: { 'Content-Type': 'application/json' } }, { kind: 'not-json' }],
    ['a dropped connection', { type: 'drop' }, { kind: 'network' }],
  ])('maps %s', async (_name, fault, expected) => {
    const { client, running } = await startHarness();
    running.mock.failNext(fault);
    expect(await failure(client.getIssue('SHOP-1'))).toMatchObject(expected);
  });

  it('carries Jira\'s own messages', async () => {
    const { client, running } = await startHarness();
    running.mock.failNext({ type: 'status', status: 404 });
    expect(await failure(client.getIssue('SHOP-1'))).toEqual({
      kind: 'not-found',
      status: 404,
      jiraMessages: ['Issue does not exist or you do not have permission to see it.'],
    });
  });

  it('answers 404 for an issue that does not exist', async () => {
    const { client } = await startHarness();
    expect(await failure(client.getIssue('NOPE-1'))).toMatchObject({ kind: 'not-found' });
  });

  it('maps a refused connection to network', async () => {
    const client = createJiraClient({ origin: 'http://127.0.0.1:1', flavour: 'cloud' });
    expect(await failure(client.getMyself())).toMatchObject({ kind: 'network' });
  });

  it('maps an aborted signal to aborted without a request', async () => {
    const { client, running } = await startHarness();
    const controller = new AbortController();
    controller.abort();
    expect(await failure(client.getIssue('SHOP-1', { signal: controller.signal }))).toEqual({ kind: 'aborted' });
    expect(running.mock.requests).toHaveLength(0);
  });

  it('maps an abort during the request to aborted', async () => {
    const { client } = await startHarness({ latencyMs: 200 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expect(await failure(client.getIssue('SHOP-1', { signal: controller.signal }))).toEqual({ kind: 'aborted' });
  });
});

describe('429 rate limiting', () => {
  it('retries after Retry-After, backing off, and succeeds', async () => {
    const { client, running, sleeps } = await startHarness();
    running.mock.failNext({ type: 'rate-limit', retryAfterSeconds: 5 }, { times: 2 });
    running.mock.failNext({ type: 'rate-limit' });
    expect((await client.getIssue('SHOP-1')).key).toBe('SHOP-1');
    // max(Retry-After, 1 s × 2^attempt): 5 s, 5 s, then 4 s when Jira sent no Retry-After.
    expect(sleeps).toEqual([5_000, 5_000, 4_000]);
    expect(running.mock.requests.map((request) => `${request.method} ${request.path}`)).toEqual(Array(4).fill('GET /rest/api/3/issue/SHOP-1'));
  });

  it('gives up after 3 retries with the last Retry-After', async () => {
    const { client, running, sleeps } = await startHarness();
    running.mock.failNext({ type: 'rate-limit', retryAfterSeconds: 2 }, { times: 10 });
    expect(await failure(client.getIssue('SHOP-1'))).toEqual({ kind: 'rate-limited', status: 429, retryAfterSeconds: 2 });
    expect(sleeps).toEqual([2_000, 2_000, 4_000]);
    expect(running.mock.requests).toHaveLength(4);
  });

  it('does not wait minutes: a long Retry-After is reported instead', async () => {
    const { client, running, sleeps } = await startHarness();
    running.mock.failNext({ type: 'rate-limit', retryAfterSeconds: 600 });
    expect(await failure(client.getIssue('SHOP-1'))).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 600 });
    expect(sleeps).toEqual([]);
  });

  it.each<[string | null, number | undefined]>([
    ['120', 120],
    [' 3 ', 3],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30],
    ['soon', undefined],
    [null, undefined],
  ])('parses Retry-After %j', (header, seconds) => {
    expect(parseRetryAfter(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(seconds);
  });
});

describe('messages', () => {
  const states: JiraErrorState[] = [
    { kind: 'logged-out', status: 401 },
    { kind: 'forbidden', status: 403, jiraMessages: ['No edit permission.'] },
    { kind: 'not-found', status: 404, jiraMessages: [] },
    { kind: 'gone', status: 410, jiraMessages: [] },
    { kind: 'rate-limited', status: 429, retryAfterSeconds: 30 },
    { kind: 'rate-limited', status: 429 },
    { kind: 'bad-request', status: 400, jiraMessages: ['Bad JQL.'] },
    { kind: 'server', status: 502 },
    { kind: 'network', detail: 'fetch failed' },
    { kind: 'not-json', status: 200, contentType: 'text/html' },
    { kind: 'invalid-response', detail: 'issues: expected array' },
    { kind: 'too-large', size: 40_000, limit: 32_768 },
    { kind: 'aborted' },
  ];

  it.each(states)('has an English and a Polish sentence for $kind', (state) => {
    const english = jiraErrorMessage(state, 'en');
    const polish = jiraErrorMessage(state, 'pl');
    expect(english).toMatch(/\S/);
    expect(polish).toMatch(/\S/);
    expect(polish).not.toBe(english);
  });

  it('fills in details', () => {
    expect(jiraErrorMessage({ kind: 'rate-limited', status: 429, retryAfterSeconds: 30 }, 'pl')).toBe(
      'Jira ogranicza liczbę zapytań. Spróbuj ponownie za 30 s.',
    );
    expect(jiraErrorMessage({ kind: 'forbidden', status: 400, jiraMessages: ['Field labels cannot be set.'] }, 'en')).toBe(
      'You do not have permission to do this in Jira. (Jira: Field labels cannot be set.)',
    );
  });

  it('turns anything thrown into a JiraRestError', () => {
    expect(toJiraRestError(new TypeError('fetch failed')).state).toEqual({ kind: 'network', detail: 'fetch failed' });
    expect(toJiraRestError(new DOMException('x', 'AbortError')).kind).toBe('aborted');
    const original = new JiraRestError({ kind: 'aborted' });
    expect(toJiraRestError(original)).toBe(original);
  });
});
