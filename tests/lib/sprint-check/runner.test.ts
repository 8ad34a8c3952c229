// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startJiraRestMock, type RunningJiraRestMock } from '@/demo/jira-rest-mock-server';
import { generateMockIssues, type JiraRestMockOptions } from '@/demo/jira-rest-mock';
import { analyze } from '@/lib/analyzer';
import { createJiraClient } from '@/lib/jira-rest/client';
import { listAnswers } from '@/lib/storage/answers';
import type { CheckRun, CheckStart } from '@/lib/sprint-check/protocol';
import { type RunnerDeps, createCheckRunner } from '@/lib/sprint-check/runner';

const open: RunningJiraRestMock[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((running) => running.close()));
});

interface Setup {
  running: RunningJiraRestMock;
  runs: CheckRun[];
  request: CheckStart;
  runner: ReturnType<typeof createCheckRunner>;
}

/** The runner against the mock over real HTTP, recording every run state it writes. */
async function setup(mock: Partial<JiraRestMockOptions> = {}, deps: Partial<RunnerDeps> = {}): Promise<Setup> {
  const flavour = mock.flavour ?? 'cloud';
  const running = await startJiraRestMock({ issues: generateMockIssues(250, 'ABC'), fixtures: false, ...mock, flavour });
  open.push(running);
  const runs: CheckRun[] = [];
  const contextPath = mock.contextPath ?? '';
  const request: CheckStart = {
    type: 'cbc:check-start', tabId: 7, site: running.origin + contextPath, origin: running.origin, contextPath, flavour,
    jql: 'project = "ABC" AND sprint in openSprints() ORDER BY Rank ASC',
  };
  const runner = createCheckRunner({
    createClient: (r) => createJiraClient({ origin: r.origin, contextPath: r.contextPath, flavour: r.flavour, fetch: (input, init) => fetch(input, init), sleep: async () => {} }),
    analyze,
    writeRun: async (run) => void runs.push(structuredClone(run)),
    ...deps,
  });
  return { running, runs, request, runner };
}

describe('check runner', () => {
  it('Cloud: pages search/jql with explicit fields, saves each page in one write, n so far, then done', async () => {
    const { running, runs, request, runner } = await setup();
    let localWrites = 0;
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = ((items: Record<string, unknown>) => (localWrites++, set(items))) as typeof set;

    expect(await runner.start(request)).toEqual({ ok: true });
    await runner.settled(request.site);

    expect(runs.map((run) => [run.status, run.done, run.total, run.results.length])).toEqual([
      ['running', 0, undefined, 0],
      ['running', 100, undefined, 100],
      ['running', 200, undefined, 200],
      ['done', 250, undefined, 250],
    ]);
    expect(localWrites).toBe(3); // one per page of 100
    expect(running.mock.requests.map((r) => r.path)).toEqual(Array(3).fill('/rest/api/3/search/jql')); // never the 410 legacy search
    expect(running.mock.requests[0]!.query.fields).toBe('summary,description,issuetype,labels,status');
    const final = runs.at(-1)!;
    // The mock leaves every third issue without a stated benefit.
    expect(final.results.filter((r) => r.verdict === 'unclear').map((r) => r.key)).toContain('ABC-3');
    expect(final.results.find((r) => r.key === 'ABC-1')).toMatchObject({ verdict: 'clear', by: 'analyzer' });
    const stored = await listAnswers();
    expect(stored).toHaveLength(250);
    expect(stored.find((a) => a.key === 'ABC-3')).toMatchObject({ site: request.site, verdict: null, customer: '', analysis: { verdict: 'unclear' } });
  });

  it('Data Center: /rest/api/2/search with startAt, n of N', async () => {
    const { running, runs, request, runner } = await setup({ flavour: 'datacenter', contextPath: '/jira' });
    await runner.start(request);
    await runner.settled(request.site);
    expect(runs.slice(1).map((run) => [run.done, run.total])).toEqual([[100, 250], [200, 250], [250, 250]]);
    expect(running.mock.requests.map((r) => [r.path, r.query.startAt])).toEqual([
      ['/jira/rest/api/2/search', '0'], ['/jira/rest/api/2/search', '100'], ['/jira/rest/api/2/search', '200'],
    ]);
  });

  it('cancel stops after the page in flight and keeps what was checked', async () => {
    const { runs, request, runner } = await setup({ latencyMs: 20 });
    await runner.start(request);
    await expect.poll(() => runs.some((run) => run.done === 100)).toBe(true);
    expect(runner.cancel(request.site)).toBe(true);
    await runner.settled(request.site);
    const final = runs.at(-1)!;
    expect(final.status).toBe('cancelled');
    expect(final.error).toBeUndefined();
    expect(final.results.length).toBeGreaterThanOrEqual(100);
    expect(final.results.length).toBeLessThan(250);
    expect(await listAnswers()).toHaveLength(final.results.length);
    expect(runner.cancel(request.site)).toBe(false);
  });

  it('a 401 half-way says to log in and keeps the pages checked before it', async () => {
    const { running, runs, request, runner } = await setup();
    running.mock.failNext({ type: 'status', status: 401 }, { when: (r) => r.query.nextPageToken !== undefined });
    await runner.start(request);
    await runner.settled(request.site);
    const final = runs.at(-1)!;
    expect(final).toMatchObject({ status: 'failed', done: 100 });
    expect(final.error?.en).toMatch(/not logged in to Jira/);
    expect(final.error?.pl).toMatch(/zalogowany/);
    expect(final.results).toHaveLength(100);
    expect(await listAnswers()).toHaveLength(100);
  });

  it('one check at a time per site; another site may run', async () => {
    const { request, runner } = await setup({ latencyMs: 10 });
    await runner.start(request);
    const again = await runner.start(request);
    expect(again.ok).toBe(false);
    expect(await runner.start({ ...request, site: `${request.site}/other` })).toEqual({ ok: true });
    await Promise.all([runner.settled(request.site), runner.settled(`${request.site}/other`)]);
    expect(await runner.start(request)).toEqual({ ok: true }); // free again once finished
    await runner.settled(request.site);
  });

  it('a query that matches nothing is done with no results', async () => {
    const { runs, request, runner } = await setup();
    await runner.start({ ...request, jql: 'project = "NONE"' });
    await runner.settled(request.site);
    expect(runs.at(-1)).toMatchObject({ status: 'done', done: 0, results: [] });
  });
});
