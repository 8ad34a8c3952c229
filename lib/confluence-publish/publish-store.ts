import { type ReadonlySignal, computed, signal } from '@preact/signals';
import type { FetchLike } from '@/lib/jira-rest/request';
import type { Site } from '@/lib/sites/site-store';
import type { RetroSession } from '@/lib/storage/retro-sessions';
import { type ConfluenceTarget, type NewPage, type PublishError, SPACE_KEY, createConfluencePage } from './create-page';
import { confluenceTargets } from './targets';

export type PublishState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; title: string; url: string }
  | { kind: 'invalid'; field: 'space' | 'title' }
  | { kind: 'error'; error: PublishError; target: ConfluenceTarget; spaceKey: string; title: string };

export interface PublishDeps {
  watchSites(callback: (sites: Site[]) => void): () => void;
  listSites(): Promise<Site[]>;
  /** Origins of the answered tickets (the review table's sites). */
  answerSites(): Iterable<string>;
  /** The session as a page body in storage format. */
  sessionBody(session: RetroSession): string;
  /** A fetch that runs in an open tab of the target's site. */
  fetchFor(target: ConfluenceTarget): Promise<FetchLike>;
}

export interface ConfluencePublishStore {
  targets: ReadonlySignal<ConfluenceTarget[]>;
  state: ReadonlySignal<PublishState>;
  publish(target: ConfluenceTarget, page: NewPage): Promise<void>;
  publishSession(target: ConfluenceTarget, spaceKey: string, title: string, session: RetroSession): Promise<void>;
  reset(): void;
  dispose(): void;
}

/** "Create the retro page in Confluence": which sites can take it, and one page creation at a time. */
export function createConfluencePublishStore(deps: PublishDeps): ConfluencePublishStore {
  const sites = signal<Site[]>([]);
  const state = signal<PublishState>({ kind: 'idle' });
  void deps.listSites().then((list) => (sites.value = list));
  const unwatch = deps.watchSites((list) => (sites.value = list));
  const targets = computed(() => confluenceTargets(sites.value, deps.answerSites()));
  const store: ConfluencePublishStore = {
    targets,
    state,
    publishSession: (target, spaceKey, title, session) => store.publish(target, { spaceKey, title, storage: deps.sessionBody(session) }),
    async publish(target, page) {
      const spaceKey = page.spaceKey.trim();
      const title = page.title.trim();
      if (!SPACE_KEY.test(spaceKey)) return void (state.value = { kind: 'invalid', field: 'space' });
      if (title === '') return void (state.value = { kind: 'invalid', field: 'title' });
      if (state.peek().kind === 'busy') return;
      state.value = { kind: 'busy' };
      const result = await createConfluencePage(await deps.fetchFor(target), target, { ...page, spaceKey, title });
      state.value = result.ok ? { kind: 'done', title: result.title, url: result.url } : { kind: 'error', error: result.error, target, spaceKey, title };
    },
    reset: () => void (state.value = { kind: 'idle' }),
    dispose: unwatch,
  };
  return store;
}
