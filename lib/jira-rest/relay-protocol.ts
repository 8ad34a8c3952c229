/**
 * Jira's REST API must be called from the Jira page's own origin to ride the user's session, but the
 * client (zod, ADF, retries) is too heavy for the content script. So the client runs in the background
 * and each request is relayed: the background asks the tab to `fetch` and gets the text back.
 * This file is shared by both sides and must stay tiny.
 */
export const RELAY_MESSAGE = 'cbc:fetch';

export interface RelayRequest {
  type: typeof RELAY_MESSAGE;
  url: string;
  /** POST only to create a Confluence page (`…/rest/api/content`, see `isPostAllowed`). */
  method: 'GET' | 'PUT' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export type RelayResponse =
  | { status: number; statusText: string; headers: Record<string, string>; body: string }
  | { error: string };

/**
 * The one address family a relayed POST may go to: Confluence's "create content" (v1 REST,
 * `/wiki/rest/api/content` on Cloud, `{contextPath}/rest/api/content` on Data Center), for the retro page.
 */
export function isPostAllowed(pathname: string): boolean {
  return /\/rest\/api\/content\/?$/.test(pathname);
}

/** Longest response body relayed; Jira issues with huge descriptions stay far below. */
export const MAX_RELAYED_BODY = 5_000_000;

/** Headers the client reads; the rest stay in the tab. */
export const RELAYED_HEADERS = ['content-type', 'retry-after'];
