import { browser } from 'wxt/browser';
import { RELAY_MESSAGE, type RelayRequest, type RelayResponse } from './relay-protocol';
import type { FetchLike } from './request';

type SendToTab = (tabId: number, message: RelayRequest) => Promise<unknown>;

/**
 * A `fetch` for the background that runs in the Jira tab (see relay-protocol.ts). A tab that cannot
 * answer (closed, navigated away, no content script) fails like a network error.
 */
export function createTabFetch(tabId: number, send: SendToTab = (id, message) => browser.tabs.sendMessage(id, message)): FetchLike {
  return async (input, init) => {
    init.signal?.throwIfAborted();
    const request: RelayRequest = {
      type: RELAY_MESSAGE,
      url: input,
      method: init.method === 'PUT' ? 'PUT' : 'GET',
      headers: Object.fromEntries([...new Headers(init.headers).entries()].map(([name, value]) => [name.toLowerCase(), value])),
      body: typeof init.body === 'string' ? init.body : undefined,
    };
    let reply: RelayResponse;
    try {
      reply = (await send(tabId, request)) as RelayResponse;
    } catch (error) {
      throw new TypeError(`The Jira tab did not answer: ${error instanceof Error ? error.message : String(error)}`);
    }
    init.signal?.throwIfAborted();
    if (!reply || typeof reply !== 'object' || 'error' in reply) {
      throw new TypeError(reply && 'error' in reply ? reply.error : 'The Jira tab sent nothing back');
    }
    // 1xx and 204/304 cannot carry a body in a Response.
    const body = reply.status === 204 || reply.status === 304 ? null : reply.body;
    return new Response(body, { status: reply.status, statusText: reply.statusText, headers: reply.headers });
  };
}
