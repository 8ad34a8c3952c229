import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { CheckContext } from './check-context';
import { type JqlProblem, type JqlState, editJql, initialJqlState, jqlProblem, jqlToRun, selectSuggestion } from './jql-state';
import { orderResults } from './order';
import { type CheckProgress, checkProgress } from './progress';
import { CHECK_CANCEL, CHECK_START, type CheckCancel, type CheckResult, type CheckRun, type CheckStart, type Localized, type StartReply } from './protocol';

/** The popup's ways to the background; injected so the store is tested without a browser. */
export interface SprintCheckDeps {
  start(request: CheckStart): Promise<StartReply>;
  cancel(site: string): Promise<void>;
  watchRun(site: string, callback: (run: CheckRun | null) => void): () => void;
}

export interface SprintCheckStore {
  context: CheckContext;
  jql: Signal<JqlState>;
  /** The site's latest run, as the background last wrote it. */
  run: Signal<CheckRun | null>;
  /** Why the background refused to start, if it did. */
  refused: Signal<Localized | null>;
  problem: ReadonlySignal<JqlProblem | null>;
  running: ReadonlySignal<boolean>;
  progress: ReadonlySignal<CheckProgress | null>;
  /** The run's results, unclear first. */
  results: ReadonlySignal<CheckResult[]>;
  select(selected: number | 'custom'): void;
  edit(text: string): void;
  start(): Promise<void>;
  cancel(): Promise<void>;
  dispose(): void;
}

/** The start message for a context and JQL. */
export function startMessage(context: CheckContext, jql: string): CheckStart {
  const { tabId, site, origin, contextPath, flavour } = context;
  return { type: CHECK_START, tabId, site, origin, contextPath, flavour, jql };
}

export function cancelMessage(site: string): CheckCancel {
  return { type: CHECK_CANCEL, site };
}

/** The popup's "check a whole board, sprint or query" section: the JQL being edited and the site's run. */
export function createSprintCheckStore(context: CheckContext, deps: SprintCheckDeps): SprintCheckStore {
  const jql = signal(initialJqlState(context.suggestions));
  const run = signal<CheckRun | null>(null);
  const refused = signal<Localized | null>(null);
  const starting = signal(false);
  const unwatch = deps.watchRun(context.site, (next) => {
    run.value = next;
    // A run the popup did not start (another popup, before a reopen) shows its own JQL.
    if (next && next.jql !== jql.peek().text && !starting.peek()) jql.value = editJql(jql.peek(), next.jql);
  });
  const running = computed(() => starting.value || run.value?.status === 'running');

  return {
    context,
    jql,
    run,
    refused,
    problem: computed(() => jqlProblem(jql.value.text)),
    running,
    progress: computed(() => (run.value ? checkProgress(run.value) : null)),
    results: computed(() => orderResults(run.value?.results ?? [])),
    select(selected) {
      jql.value = selectSuggestion(jql.value, selected);
    },
    edit(text) {
      jql.value = editJql(jql.value, text);
    },
    async start() {
      const query = jqlToRun(jql.value);
      if (query === null || running.peek()) return;
      starting.value = true;
      refused.value = null;
      try {
        const reply = await deps.start(startMessage(context, query));
        if (!reply.ok) refused.value = reply.message;
      } finally {
        starting.value = false;
      }
    },
    cancel: () => deps.cancel(context.site),
    dispose: unwatch,
  };
}
