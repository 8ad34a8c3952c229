import { RELAY_MESSAGE, type RelayRequest, type RelayResponse } from '@/lib/jira-rest/relay-protocol';
import type { FetchLike } from '@/lib/jira-rest/request';

export interface TabInfo {
  id?: number;
  /** Absent when the browser does not tell us (no host permission for that page). */
  url?: string;
}

export type SendToTab = (tabId: number, message: RelayRequest) => Promise<unknown>;

/** Thrown when no open tab could make the request: none of that site, or none with our content script. */
export class NoTabError extends Error {
  constructor() {
    super('No open tab of this Confluence site answered');
  }
}

/**
 * Tabs that may run a request to `base`: first those showing the site itself, then others of the
 * same origin (Jira on the same atlassian.net host shares the session), then tabs whose address we
 * cannot see. A tab of another origin refuses (lib/content/fetch-relay.ts), so asking it is harmless.
 */
export function candidateTabs(base: string, tabs: readonly TabInfo[]): number[] {
  const origin = new URL(base).origin;
  const rank = (tab: TabInfo): number => {
    if (!tab.url) return 2;
    if (tab.url === base || tab.url.startsWith(`${base}/`)) return 0;
    return safeOrigin(tab.url) === origin ? 1 : 3;
  };
  return tabs
    .filter((tab): tab is TabInfo & { id: number } => tab.id !== undefined && rank(tab) < 3)
    .sort((a, b) => rank(a) - rank(b))
    .map((tab) => tab.id);
}

/**
 * A `fetch` that runs in the first candidate tab whose content script accepts it, so the request
 * carries the user's Confluence session. Throws `NoTabError` when none does.
 */
export function createRelayFetch(tabIds: readonly number[], send: SendToTab): FetchLike {
  return async (input, init) => {
    const request: RelayRequest = {
      type: RELAY_MESSAGE,
      url: input,
      method: init.method === 'POST' ? 'POST' : init.method === 'PUT' ? 'PUT' : 'GET',
      headers: Object.fromEntries([...new Headers(init.headers).entries()].map(([name, value]) => [name.toLowerCase(), value])),
      body: typeof init.body === 'string' ? init.body : undefined,
    };
    for (const tabId of tabIds) {
      let reply: RelayResponse | undefined;
      try {
        reply = (await send(tabId, request)) as RelayResponse | undefined;
      } catch {
        continue; // no content script of ours in that tab
      }
      if (!reply || typeof reply !== 'object') continue;
      if ('error' in reply) {
        if (reply.error.startsWith('Refused')) continue; // another origin
        throw new TypeError(reply.error);
      }
      const body = reply.status === 204 || reply.status === 304 ? null : reply.body;
      return new Response(body, { status: reply.status, statusText: reply.statusText, headers: reply.headers });
    }
    throw new NoTabError();
  };
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
