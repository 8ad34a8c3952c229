import { browser } from 'wxt/browser';
import type { TicketRow } from '@/lib/review/ticket-row';
import { listSites, watchSites } from '@/lib/sites/site-store';
import type { ConfluenceTarget } from './create-page';
import type { PublishDeps } from './publish-store';
import { retroPageBody } from './retro-page';
import { candidateTabs, createRelayFetch } from './tab-relay';

/** The publish store's real dependencies: the added sites, and the open tabs of the browser. */
export function publishDeps(answerSites: () => Iterable<string>, unclear: () => readonly TicketRow[]): PublishDeps {
  return {
    listSites,
    watchSites,
    answerSites,
    sessionBody: (session) => retroPageBody(session, unclear()),
    async fetchFor(target: ConfluenceTarget) {
      const tabs = await browser.tabs.query({});
      return createRelayFetch(candidateTabs(target.base, tabs), (id, message) => browser.tabs.sendMessage(id, message));
    },
  };
}
