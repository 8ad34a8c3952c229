import { describe, expect, it, vi } from 'vitest';
import { listJqlSuggestions } from '@/lib/jira-rest/jql';
import { readPageInfo } from '@/lib/review/content-messages';
import { type CheckContext, checkContextOf } from '@/lib/sprint-check/check-context';
import { type SprintCheckDeps, createSprintCheckStore } from '@/lib/sprint-check/check-store';
import type { CheckRun } from '@/lib/sprint-check/protocol';

const BOARD = 'https://acme.atlassian.net/jira/software/c/projects/SHOP/boards/1';
const CONTEXT: CheckContext = {
  tabId: 7, site: 'https://acme.atlassian.net', origin: 'https://acme.atlassian.net', contextPath: '', flavour: 'cloud',
  suggestions: listJqlSuggestions(BOARD, 'cloud'),
};

function fakeDeps() {
  let emit: (run: CheckRun | null) => void = () => undefined;
  const deps = {
    start: vi.fn<SprintCheckDeps['start']>(async () => ({ ok: true })),
    cancel: vi.fn<SprintCheckDeps['cancel']>(async () => undefined),
    watchRun: vi.fn<SprintCheckDeps['watchRun']>((_site, callback) => ((emit = callback), () => undefined)),
  };
  return { deps, emit: (run: CheckRun | null) => emit(run) };
}

const run = (patch: Partial<CheckRun>): CheckRun => ({
  version: 1, site: CONTEXT.site, jql: CONTEXT.suggestions[0]!.jql, status: 'running', done: 0, skipped: 0, truncated: false,
  results: [], startedAt: 1, updatedAt: 1, ...patch,
});

describe('checkContextOf', () => {
  it('builds the context and suggestions from what the tab tells (board, Data Center, older content script)', () => {
    document.body.innerHTML = '<div id="jira-frontend"></div>';
    const context = checkContextOf(readPageInfo(new URL(BOARD), document), 7)!;
    expect(context).toMatchObject({ tabId: 7, site: 'https://acme.atlassian.net', origin: 'https://acme.atlassian.net', contextPath: '', flavour: 'cloud' });
    expect(context.suggestions[0]).toMatchObject({ kind: 'sprint', exact: true });

    document.head.innerHTML = '<meta name="ajs-context-path" content="/jira">';
    document.body.innerHTML = '<div id="page"></div>';
    const dc = checkContextOf(readPageInfo(new URL('https://jira.acme.com/jira/issues/?jql=project%20%3D%20PAY'), document), 3)!;
    expect(dc).toMatchObject({ site: 'https://jira.acme.com/jira', contextPath: '/jira', flavour: 'datacenter' });
    expect(dc.suggestions[0]).toMatchObject({ kind: 'search', jql: 'project = PAY' });
    document.head.innerHTML = '';

    expect(checkContextOf({ site: CONTEXT.site, issue: null }, 7)).toBeNull();
  });
});

describe('sprint check store', () => {
  it('sends the edited JQL with the tab’s site, and follows the run', async () => {
    const { deps, emit } = fakeDeps();
    const store = createSprintCheckStore(CONTEXT, deps);
    store.edit('project = SHOP AND labels = checkout');
    await store.start();
    expect(deps.start).toHaveBeenCalledWith({
      type: 'cbc:check-start', tabId: 7, site: CONTEXT.site, origin: CONTEXT.origin, contextPath: '', flavour: 'cloud',
      jql: 'project = SHOP AND labels = checkout',
    });
    emit(run({ jql: 'project = SHOP AND labels = checkout', done: 10, results: [
      { key: 'SHOP-1', summary: '', verdict: 'clear', by: 'analyzer', flags: [] },
      { key: 'SHOP-2', summary: '', verdict: 'unclear', by: 'analyzer', flags: ['no-customer'] },
    ] }));
    expect(store.running.value).toBe(true);
    expect(store.progress.value).toEqual({ done: 10, text: 'so-far' });
    expect(store.results.value.map((r) => r.key)).toEqual(['SHOP-2', 'SHOP-1']);
    await store.cancel();
    expect(deps.cancel).toHaveBeenCalledWith(CONTEXT.site);
  });

  it('does not start with a problem in the JQL or while running, and shows a refusal', async () => {
    const { deps, emit } = fakeDeps();
    const store = createSprintCheckStore(CONTEXT, deps);
    store.edit('ORDER BY created');
    expect(store.problem.value).toBe('unbounded');
    await store.start();
    expect(deps.start).not.toHaveBeenCalled();

    store.select(0);
    emit(run({}));
    await store.start();
    expect(deps.start).not.toHaveBeenCalled();

    emit(run({ status: 'done' }));
    deps.start.mockResolvedValueOnce({ ok: false, message: { en: 'Busy', pl: 'Zajęte' } });
    await store.start();
    expect(store.refused.value).toEqual({ en: 'Busy', pl: 'Zajęte' });
  });

  it('shows the JQL of a run started elsewhere (an earlier popup)', () => {
    const { deps, emit } = fakeDeps();
    const store = createSprintCheckStore(CONTEXT, deps);
    emit(run({ jql: 'project = SHOP AND labels = backend', status: 'done' }));
    expect(store.jql.value).toMatchObject({ selected: 'custom', text: 'project = SHOP AND labels = backend' });
  });
});
