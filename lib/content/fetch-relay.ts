import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import { MAX_RELAYED_BODY, RELAY_MESSAGE, RELAYED_HEADERS, type RelayRequest, type RelayResponse, isPostAllowed } from '@/lib/jira-rest/relay-protocol';

/**
 * Runs the background's Jira REST requests from the page, so they carry the user's Jira session.
 * Only GET and PUT (and POST to Confluence's create-page address), only to this page's own origin and
 * only below a `/rest/` path: whatever asks, this tab never becomes a way to reach other sites.
 */
export function handleFetchRelay(message: unknown, _sender: unknown, sendResponse: (reply: RelayResponse) => void): true | undefined {
  if (!isRelayRequest(message)) return undefined;
  const url = safeUrl(message.url);
  const refused =
    !url ||
    url.origin !== location.origin ||
    !url.pathname.includes('/rest/') ||
    url.pathname.includes(';') || // a servlet container may read `/x.jspa;/rest/` as a path parameter of x.jspa
    (message.method === 'POST' && !isPostAllowed(url.pathname));
  if (refused) {
    sendResponse({ error: 'Refused: not a Jira REST address of this page' });
    return true;
  }
  relay(url, message).then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
  return true;
}

/** Serves the relay for the content script's lifetime (the Confluence content script: the retro page). */
export function serveFetchRelay(ctx: ContentScriptContext): void {
  browser.runtime.onMessage.addListener(handleFetchRelay);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(handleFetchRelay));
}

async function relay(url: URL, request: RelayRequest): Promise<RelayResponse> {
  // Firefox: the sandbox's fetch sends `Origin: null`, which Jira's XSRF check rejects on writes; the page's does not.
  const pageFetch = (globalThis as { content?: { fetch?: typeof fetch } }).content?.fetch ?? fetch;
  const response = await pageFetch(url.href, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    credentials: 'same-origin',
  });
  const body = await response.text();
  const headers: Record<string, string> = {};
  for (const name of RELAYED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  // A cut body would parse as garbage and read as "a login page?": say what really happened.
  if (body.length > MAX_RELAYED_BODY) return { error: `Jira's answer is too large to relay (${body.length} characters)` };
  return { status: response.status, statusText: response.statusText, headers, body };
}

function isRelayRequest(message: unknown): message is RelayRequest {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as Partial<RelayRequest>;
  return (
    candidate.type === RELAY_MESSAGE &&
    typeof candidate.url === 'string' &&
    (candidate.method === 'GET' || candidate.method === 'PUT' || candidate.method === 'POST') &&
    typeof candidate.headers === 'object' &&
    candidate.headers !== null &&
    (candidate.body === undefined || typeof candidate.body === 'string')
  );
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
