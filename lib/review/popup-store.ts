import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { PageInfo } from '@/lib/messages';
import type { Analyze } from '@/lib/panel/live-analysis';
import { type PanelStorage, type PanelStore, createPanelStore } from '@/lib/panel/panel-store';
import type { Answer } from '@/lib/storage/answer-schema';
import { type CheckContext, checkContextOf } from '@/lib/sprint-check/check-context';
import type { SprintCheckStore } from '@/lib/sprint-check/check-store';

/** Where the popup gets its data; injected so it can be tested without a browser. */
export interface PopupDeps {
  /** The tab the popup is about: the active tab, or `?tab=` in tests. */
  findTab(): Promise<number | null>;
  askPage(tabId: number): Promise<PageInfo | null>;
  watchAnswerList(callback: (answers: Answer[]) => void): () => void;
  storage: PanelStorage;
  analyze: Analyze;
  /** "Check a whole board, sprint or query" on a Jira tab; left out, the popup has no such section. */
  sprintCheck?: (context: CheckContext) => SprintCheckStore;
}

export interface PopupStore {
  /** False until the tab has answered (or not) and the answers are read. */
  loaded: ReadonlySignal<boolean>;
  /** The tab's Jira page; `null` when the tab is not a Jira page the extension runs on. */
  page: Signal<PageInfo | null>;
  answers: Signal<Answer[] | null>;
  /** The issue's prompts, as in the panel, when the tab shows an issue. */
  panel: Signal<PanelStore | null>;
  /** The sprint check through this tab, when it is a Jira page. */
  check: Signal<SprintCheckStore | null>;
  dispose(): void;
}

/** State of the toolbar popup: the tab's issue with its prompts, and every answer for the counts. */
export function createPopupStore(deps: PopupDeps): PopupStore {
  const page = signal<PageInfo | null>(null);
  const pageLoaded = signal(false);
  const answers = signal<Answer[] | null>(null);
  const panel = signal<PanelStore | null>(null);
  const check = signal<SprintCheckStore | null>(null);
  let disposed = false;

  const unwatch = deps.watchAnswerList((next) => (answers.value = next));
  void (async () => {
    const tabId = await deps.findTab();
    const info = tabId === null ? null : await deps.askPage(tabId);
    if (disposed) return;
    page.value = info;
    if (info?.issue) {
      const store = createPanelStore({ site: info.site, key: info.issue.key }, deps.storage, deps.analyze);
      const { summary, description, issueType, labels } = info.issue;
      store.setFields({ summary, description, issueType, labels, status: null });
      panel.value = store;
    }
    const context = info && tabId !== null && deps.sprintCheck ? checkContextOf(info, tabId) : null;
    if (context) check.value = deps.sprintCheck!(context);
    pageLoaded.value = true;
  })();

  return {
    loaded: computed(() => pageLoaded.value && answers.value !== null),
    page,
    answers,
    panel,
    check,
    dispose() {
      disposed = true;
      unwatch();
      panel.peek()?.dispose();
      check.peek()?.dispose();
    },
  };
}
