// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateMockIssues } from '@/demo/jira-rest-mock';
import { JiraRestError } from '@/lib/jira-rest/errors';
import type { SearchPage, SearchProgress } from '@/lib/jira-rest/search';
import { startHarness } from './mock-setup';

const FIELDS = 'summary,description,issuetype,labels,status';

async function collect(pages: AsyncGenerator<SearchPage>): Promise<SearchPage[]> {
  const result: SearchPage[] = [];
  for await (const page of pages) result.push(page);
  return result;
}

describe('search on Cloud (search/jql, nextPageToken)', () => {
  it('pages with nextPageToken and explicit fields, reporting n so far', async () => {
    const { client, running } = await startHarness({ flavour: 'cloud', issues: generateMockIssues(250, 'ABC') });
    const progress: SearchProgress[] = [];
    const pages = await collect(client.search('project = "ABC" ORDER BY Rank ASC', { pageSize: 100, onProgress: (p) => progress.push(p) }));

    expect(pages.map((page) => [page.issues.length, page.done, page.total, page.isLast])).toEqual([
      [100, 100, undefined, false],
      [100, 200, undefined, false],
      [50, 250, undefined, true],
    ]);
    expect(progress).toEqual([{ done: 100 }, { done: 200 }, { done: 250 }]);
    expect(pages[0]!.issues[0]).toMatchObject({ key: 'ABC-1', summary: 'Generated issue 1', descriptionFormat: 'adf' });
    const requests = running.mock.requests;
    expect(requests.map((request) => [request.method, request.path])).toEqual(Array(3).fill(['GET', '/rest/api/3/search/jql']));
    const base = { jql: 'project = "ABC" ORDER BY Rank ASC', fields: FIELDS, properties: 'customer-benefit-check', maxResults: '100' };
    expect(requests[0]!.query).toEqual(base);
    expect(requests[1]!.query).toEqual({ ...base, nextPageToken: expect.any(String) });
    expect(requests[2]!.query.nextPageToken).not.toBe(requests[1]!.query.nextPageToken);
    expect(requests[0]!.headers).toMatchObject({ accept: 'application/json' });
  });

  it('reports an unbounded query as Jira\'s bad request', async () => {
    const { client } = await startHarness({ flavour: 'cloud' });
    const error = await collect(client.search('ORDER BY created DESC')).catch((caught: unknown) => caught);
    expect((error as JiraRestError).state).toMatchObject({ kind: 'bad-request', status: 400, jiraMessages: [expect.stringMatching(/Unbounded JQL/)] });
  });

  it('the legacy Cloud search endpoint answers 410 Gone', async () => {
    const { running } = await startHarness({ flavour: 'cloud' });
    const response = await fetch(`${running.origin}/rest/api/2/search?jql=project%3DABC`);
    expect(response.status).toBe(410);
    expect(await response.json()).toEqual({ errorMessages: [expect.stringMatching(/search\/jql/)], errors: {} });
  });

  it('without fields, search/jql returns ids only: the reason the client always asks for fields', async () => {
    const { running } = await startHarness({ flavour: 'cloud' });
    const response = await fetch(`${running.origin}/rest/api/3/search/jql?jql=project%3DSHOP`);
    expect(await response.json()).toEqual({ issues: [{ id: '10001' }, { id: '10002' }], isLast: true });
  });
});

describe('search on Data Center (search, startAt)', () => {
  it('pages with startAt under the context path, reporting n of N', async () => {
    const { client, running } = await startHarness({ flavour: 'datacenter', contextPath: '/jira', issues: generateMockIssues(230, 'PAY') });
    const progress: SearchProgress[] = [];
    const pages = await collect(client.search('project = PAY', { pageSize: 100, onProgress: (p) => progress.push(p) }));
    expect(progress).toEqual([
      { done: 100, total: 230 },
      { done: 200, total: 230 },
      { done: 230, total: 230 },
    ]);
    expect(pages.at(-1)).toMatchObject({ isLast: true, truncated: false });
    expect(pages[0]!.issues[0]).toMatchObject({ key: 'PAY-1', descriptionFormat: 'wiki' });
    expect(running.mock.requests.map((request) => [request.method, request.path, request.query.startAt])).toEqual([
      ['GET', '/jira/rest/api/2/search', '0'],
      ['GET', '/jira/rest/api/2/search', '100'],
      ['GET', '/jira/rest/api/2/search', '200'],
    ]);
    expect(running.mock.requests[0]!.query).toEqual({
      jql: 'project = PAY',
      fields: FIELDS,
      properties: 'customer-benefit-check',
      maxResults: '100',
      startAt: '0',
    });
  });

  it('copes with an empty result', async () => {
    const { client } = await startHarness({ flavour: 'datacenter' });
    const pages = await collect(client.search('project = NONE'));
    expect(pages).toEqual([{ done: 0, total: 0, issues: [], skipped: 0, isLast: true, truncated: false }]);
  });

  it('stops at maxIssues', async () => {
    const { client, running } = await startHarness({ flavour: 'datacenter', issues: generateMockIssues(300, 'PAY') });
    const pages = await collect(client.search('project = PAY', { pageSize: 100, maxIssues: 150 }));
    expect(pages.map((page) => [page.done, page.isLast, page.truncated])).toEqual([
      [100, false, false],
      [200, true, true],
    ]);
    expect(running.mock.requests).toHaveLength(2);
  });
});

describe('search robustness', () => {
  it.each(['cloud', 'datacenter'] as const)('can be aborted mid-way on %s', async (flavour) => {
    const { client, running } = await startHarness({ flavour, issues: generateMockIssues(500, 'ABC') });
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await (async () => {
      for await (const page of client.search('project = ABC', { pageSize: 100, signal: controller.signal })) {
        seen.push(page.done);
        if (page.done === 200) controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect((error as JiraRestError).kind).toBe('aborted');
    expect(seen).toEqual([100, 200]);
    expect(running.mock.requests).toHaveLength(2);
  });

  it('retries a rate-limited page and carries on', async () => {
    const { client, running, sleeps } = await startHarness({ flavour: 'cloud', issues: generateMockIssues(300, 'ABC') });
    running.mock.failNext({ type: 'rate-limit', retryAfterSeconds: 1 }, { when: (request) => request.query.nextPageToken !== undefined });
    const pages = await collect(client.search('project = ABC', { pageSize: 100 }));
    expect(pages.at(-1)!.done).toBe(300);
    expect(sleeps).toEqual([1_000]);
    expect(running.mock.requests).toHaveLength(4);
  });

  it('skips an issue that does not validate instead of failing the page', async () => {
    const { client, running } = await startHarness({ flavour: 'cloud' });
    running.mock.failNext({ type: 'status', status: 200, body: { issues: [{ id: '1' }, { key: 'OK-1', fields: { summary: 'fine' } }], isLast: true } });
    const [page] = await collect(client.search('project = OK'));
    expect(page).toMatchObject({ done: 2, skipped: 1, issues: [{ key: 'OK-1', summary: 'fine' }] });
  });

  it('refuses a nextPageToken loop', async () => {
    const { client, running } = await startHarness({ flavour: 'cloud' });
    const body = { issues: [], isLast: false, nextPageToken: 'same' };
    running.mock.failNext({ type: 'status', status: 200, body }, { times: 3 });
    const error = await collect(client.search('project = X')).catch((caught: unknown) => caught);
    expect((error as JiraRestError).state).toMatchObject({ kind: 'invalid-response' });
    expect(running.mock.requests).toHaveLength(2);
  });

  it('fails with the error state of a broken page after delivering the earlier ones', async () => {
    const { client, running } = await startHarness({ flavour: 'datacenter', issues: generateMockIssues(300, 'ABC') });
    running.mock.failNext({ type: 'status', status: 502 }, { when: (request) => request.query.startAt === '200' });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const page of client.search('project = ABC', { pageSize: 100 })) seen.push(page.done);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual([100, 200]);
    expect((error as JiraRestError).state).toEqual({ kind: 'server', status: 502 });
  });
});
