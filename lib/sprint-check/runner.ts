import type { JiraClient } from '@/lib/jira-rest/client';
import { JiraRestError, jiraErrorMessage, toJiraRestError } from '@/lib/jira-rest/errors';
import type { SearchPage } from '@/lib/jira-rest/search';
import { type AnalyzeFn, saveCheckedPage } from './check-records';
import { mergeResults } from './order';
import type { CheckRun, CheckStart, CheckResult, StartReply } from './protocol';

export interface RunnerDeps {
  /** A client that reaches Jira as the user (in the background: through the Jira tab). */
  createClient(request: CheckStart): Pick<JiraClient, 'search'>;
  analyze: AnalyzeFn;
  writeRun(run: CheckRun): Promise<void>;
  /** @default saveCheckedPage: one storage read and one write per page */
  saveChecks?: (site: string, issues: SearchPage['issues'], analyze: AnalyzeFn, now: number) => Promise<CheckResult[]>;
  clock?: () => number;
  /** Issues per request; the issue's budget is measured with pages of 100. @default 100 */
  pageSize?: number;
  /** @default 5000 (the client's own cap) */
  maxIssues?: number;
}

export interface CheckRunner {
  /** Starts a check unless one runs for the site; the run goes on in the background. */
  start(request: CheckStart): Promise<StartReply>;
  /** Stops the site's check after the page in flight; true when one was running. */
  cancel(site: string): boolean;
  /** Resolves when the site's current check has ended (tests). */
  settled(site: string): Promise<void>;
}

const BUSY = {
  en: 'A check is already running on this Jira site. Wait for it or cancel it.',
  pl: 'Na tej stronie Jiry trwa już sprawdzanie. Poczekaj na nie albo je anuluj.',
};

/**
 * Runs checks: pages from Jira's search, each analysed and saved as it arrives, progress written
 * after every page. One check at a time per site. A failure half-way (logged out, network) keeps
 * what was checked and says why; a cancel keeps it too.
 */
export function createCheckRunner(deps: RunnerDeps): CheckRunner {
  const clock = deps.clock ?? Date.now;
  const saveChecks = deps.saveChecks ?? saveCheckedPage;
  const active = new Map<string, { controller: AbortController; done: Promise<void> }>();

  async function run(request: CheckStart, controller: AbortController, initial: CheckRun): Promise<void> {
    let state = initial;
    try {
      const client = deps.createClient(request);
      const pages = client.search(request.jql, { pageSize: deps.pageSize ?? 100, maxIssues: deps.maxIssues, signal: controller.signal });
      for await (const page of pages) {
        const results = await saveChecks(request.site, page.issues, deps.analyze, clock());
        state = {
          ...state,
          done: page.done,
          ...(page.total === undefined ? {} : { total: page.total }),
          skipped: state.skipped + page.skipped,
          truncated: page.truncated,
          results: mergeResults(state.results, results),
          status: page.isLast ? 'done' : 'running',
          updatedAt: clock(),
        };
        await deps.writeRun(state);
        if (controller.signal.aborted && !page.isLast) throw new JiraRestError({ kind: 'aborted' });
      }
      if (state.status === 'running') await deps.writeRun((state = { ...state, status: 'done', updatedAt: clock() }));
    } catch (caught) {
      const { state: error } = toJiraRestError(caught);
      const cancelled = error.kind === 'aborted';
      await deps.writeRun({
        ...state,
        status: cancelled ? 'cancelled' : 'failed',
        ...(cancelled ? {} : { error: { en: jiraErrorMessage(error, 'en'), pl: jiraErrorMessage(error, 'pl') } }),
        updatedAt: clock(),
      });
    }
  }

  async function start(request: CheckStart): Promise<StartReply> {
    if (active.has(request.site)) return { ok: false, message: BUSY };
    const controller = new AbortController();
    const now = clock();
    const initial: CheckRun = {
      version: 1, site: request.site, jql: request.jql, status: 'running', done: 0, skipped: 0,
      truncated: false, results: [], startedAt: now, updatedAt: now,
    };
    const done = deps
      .writeRun(initial)
      .then(() => run(request, controller, initial))
      .catch((error: unknown) => console.warn('[sprint-check] could not record the check', error))
      .finally(() => active.delete(request.site));
    active.set(request.site, { controller, done });
    return { ok: true };
  }

  return {
    start,
    cancel(site) {
      const entry = active.get(site);
      entry?.controller.abort();
      return entry !== undefined;
    },
    settled: (site) => active.get(site)?.done ?? Promise.resolve(),
  };
}
