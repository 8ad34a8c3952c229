import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/popup/PopupView';
import { SprintCheck } from '@/components/popup/SprintCheck';
import { analyze } from '@/lib/analyzer';
import { listJqlSuggestions } from '@/lib/jira-rest/jql';
import { createPopupStore } from '@/lib/review/popup-store';
import type { CheckContext } from '@/lib/sprint-check/check-context';
import { type SprintCheckDeps, createSprintCheckStore } from '@/lib/sprint-check/check-store';
import type { CheckResult, CheckRun } from '@/lib/sprint-check/protocol';

const SITE = 'https://jira.acme.com/jira';
const BOARD = `${SITE}/secure/RapidBoard.jspa?rapidView=3&projectKey=PAY`;
const CONTEXT: CheckContext = {
  tabId: 4, site: SITE, origin: 'https://jira.acme.com', contextPath: '/jira', flavour: 'datacenter',
  suggestions: listJqlSuggestions(BOARD, 'datacenter'),
};

function setup() {
  let emit: (run: CheckRun | null) => void = () => undefined;
  const deps = {
    start: vi.fn<SprintCheckDeps['start']>(async () => ({ ok: true })),
    cancel: vi.fn<SprintCheckDeps['cancel']>(async () => undefined),
    watchRun: (_site: string, callback: (run: CheckRun | null) => void) => ((emit = callback), () => undefined),
  };
  const store = createSprintCheckStore(CONTEXT, deps);
  render(<SprintCheck store={store} />);
  return { deps, store, emit: (run: CheckRun | null) => emit(run) };
}

const result = (key: string, verdict: 'clear' | 'unclear', flags: string[] = [], by: 'team' | 'analyzer' = 'analyzer'): CheckResult => ({
  key, summary: `Summary of ${key}`, verdict, by, flags,
});

const run = (patch: Partial<CheckRun>): CheckRun => ({
  version: 1, site: SITE, jql: CONTEXT.suggestions[0]!.jql, status: 'running', done: 0, skipped: 0, truncated: false,
  results: [], startedAt: 1, updatedAt: 1, ...patch,
});

describe('SprintCheck', () => {
  it('offers the page’s suggestions by label, the JQL in a labelled textarea, and checks it', async () => {
    const { deps } = setup();
    const select = screen.getByLabelText('Query to check') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Open sprint of PAY', 'Backlog of PAY', 'Your own JQL']);
    const jql = screen.getByLabelText('JQL') as HTMLTextAreaElement;
    expect(jql.value).toBe('project = "PAY" AND sprint in openSprints() ORDER BY Rank ASC');
    // A DC board is a saved filter; the project's sprint is a guess, and the popup says so.
    expect(screen.getByTestId('sprint-check-jql-hint').textContent).toMatch(/open sprint/);

    fireEvent.change(select, { target: { value: '1' } });
    expect(jql.value).toContain('futureSprints()');
    fireEvent.input(jql, { target: { value: 'project = PAY AND labels = invoices' } });
    expect(select.value).toBe('custom');
    fireEvent.click(screen.getByRole('button', { name: 'Check these issues' }));
    await vi.waitFor(() => expect(deps.start).toHaveBeenCalledOnce());
    expect(deps.start.mock.calls[0]![0]).toMatchObject({ tabId: 4, site: SITE, contextPath: '/jira', flavour: 'datacenter', jql: 'project = PAY AND labels = invoices' });
  });

  it('says what is wrong with the JQL and keeps the button off', () => {
    setup();
    fireEvent.input(screen.getByLabelText('JQL'), { target: { value: 'order by created' } });
    expect(screen.getByTestId('sprint-check-jql-hint').textContent).toMatch(/condition before ORDER BY/);
    expect(screen.getByLabelText('JQL').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByTestId('sprint-check-start') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows n of N with a text alternative, results unclear first with short reasons, and cancels', async () => {
    const { deps, emit } = setup();
    emit(run({ done: 34, total: 120, results: [result('PAY-1', 'clear'), result('PAY-2', 'unclear', ['no-customer', 'no-evidence']), result('PAY-3', 'clear', [], 'team')] }));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('34');
    expect(bar.getAttribute('max')).toBe('120');
    expect(bar.getAttribute('aria-valuetext')).toBe('34 of 120 checked');
    expect(screen.getByRole('status').textContent).toBe('34 of 120 checked. Checking…');
    const items = screen.getAllByTestId('sprint-check-result');
    expect(items.map((li) => li.dataset.key)).toEqual(['PAY-2', 'PAY-1', 'PAY-3']);
    expect(items[0]!.textContent).toContain('Unclear (by the analyzer)');
    expect(items[0]!.textContent).toContain('No customer, No evidence');
    expect(items[2]!.textContent).toContain('Clear (by the team)');
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe(`${SITE}/browse/PAY-2`);
    expect((screen.getByTestId('sprint-check-start') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(deps.cancel).toHaveBeenCalledWith(SITE);
  });

  it('Cloud: an indeterminate bar with "n so far", then done; a failure says why and keeps the results', async () => {
    const { emit } = setup();
    emit(run({ done: 200 }));
    const bar = await screen.findByRole('progressbar');
    expect(bar.hasAttribute('value')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('200 checked so far. Checking…');
    emit(run({ status: 'failed', done: 200, results: [result('PAY-2', 'unclear')], error: { en: 'You are not logged in to Jira. Log in and try again.', pl: '…' } }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'You are not logged in to Jira. Log in and try again.');
    expect(screen.getByRole('status').textContent).toContain('What was checked so far is saved.');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeTruthy();
    emit(run({ status: 'done', done: 3, results: [result('PAY-1', 'clear'), result('PAY-2', 'unclear'), result('PAY-3', 'unclear')] }));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('3 of 3 checked. Done. Unclear: 2 of 3.'));
  });

  it('lists at most the limit and points to the review page for the rest; says when nothing matched', async () => {
    const { emit } = setup();
    emit(run({ status: 'done', done: 60, results: Array.from({ length: 60 }, (_, i) => result(`PAY-${i + 1}`, 'unclear')) }));
    await vi.waitFor(() => expect(screen.getAllByTestId('sprint-check-result')).toHaveLength(50));
    expect(screen.getByText('10 more on the review page.')).toBeTruthy();
    emit(run({ status: 'done', done: 0, results: [] }));
    expect(await screen.findByText('No issues match this query.')).toBeTruthy();
  });
});

describe('PopupView with the sprint check', () => {
  it('renders the section on a Jira board, open, with the tab’s suggestions', async () => {
    const page = { site: SITE, issue: null, url: BOARD, origin: 'https://jira.acme.com', contextPath: '/jira', flavour: 'datacenter' as const };
    const sprintCheck = vi.fn((context: CheckContext) =>
      createSprintCheckStore(context, { start: async () => ({ ok: true }), cancel: async () => undefined, watchRun: () => () => undefined }),
    );
    const store = createPopupStore({
      findTab: async () => 4,
      askPage: async () => page,
      watchAnswerList: (callback) => (callback([]), () => undefined),
      storage: { getAnswer: async () => null, saveAnswer: vi.fn(), watchAnswer: () => () => undefined },
      analyze: async (input) => analyze(input),
      sprintCheck,
    });
    render(<PopupView store={store} onOpenReview={() => undefined} />);
    const section = await screen.findByTestId('sprint-check');
    expect(section.hasAttribute('open')).toBe(true);
    expect(sprintCheck.mock.calls[0]![0]).toMatchObject({ tabId: 4, site: SITE, origin: 'https://jira.acme.com', contextPath: '/jira', flavour: 'datacenter' });
    expect((screen.getByLabelText('JQL') as HTMLTextAreaElement).value).toContain('project = "PAY"');
  });
});
