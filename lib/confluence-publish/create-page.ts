import type { FetchLike } from '@/lib/jira-rest/request';
import { NoTabError } from './tab-relay';

/** A Confluence the retro page can go to: `base` is what `/rest/api/content` hangs off (`https://x.atlassian.net/wiki`, `https://wiki.example.com/confluence`). */
export interface ConfluenceTarget {
  base: string;
}

export interface NewPage {
  spaceKey: string;
  title: string;
  /** Confluence storage format (XHTML). */
  storage: string;
}

export type PublishError =
  | { kind: 'no-tab' }
  | { kind: 'signed-out' }
  | { kind: 'forbidden' }
  | { kind: 'space-not-found' }
  | { kind: 'too-large' }
  | { kind: 'exists' }
  | { kind: 'other'; status: number; detail: string }
  | { kind: 'network'; detail: string };

export type PublishResult = { ok: true; id: string; title: string; url: string } | { ok: false; error: PublishError };

/** Space keys are letters and digits; personal spaces are `~` and an account id. */
export const SPACE_KEY = /^~?[\w:-]+$/;

/** The page's address in the Confluence REST API v1 (v2 wants a numeric space id, which the team does not know). */
export function contentUrl(target: ConfluenceTarget): string {
  return `${target.base.replace(/\/+$/, '')}/rest/api/content`;
}

/**
 * Creates a page with Confluence's REST API v1, `POST {base}/rest/api/content` (Cloud: base ends in
 * `/wiki`; Data Center: the context path). JSON bodies pass Atlassian's XSRF check; the token header
 * is harmless and required by some proxies.
 * https://developer.atlassian.com/cloud/confluence/rest/v1/api-group-content/#api-wiki-rest-api-content-post
 */
export async function createConfluencePage(fetch: FetchLike, target: ConfluenceTarget, page: NewPage): Promise<PublishResult> {
  let response: Response;
  try {
    response = await fetch(contentUrl(target), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check', Accept: 'application/json' },
      body: JSON.stringify({
        type: 'page',
        title: page.title,
        space: { key: page.spaceKey },
        body: { storage: { value: page.storage, representation: 'storage' } },
      }),
    });
  } catch (error) {
    if (error instanceof NoTabError) return { ok: false, error: { kind: 'no-tab' } };
    return { ok: false, error: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
  }
  const json = await response.text().then(parseJson);
  if (response.ok) {
    const id = typeof json.id === 'string' || typeof json.id === 'number' ? String(json.id) : '';
    return { ok: true, id, title: typeof json.title === 'string' ? json.title : page.title, url: pageUrl(target, json, id) };
  }
  return { ok: false, error: errorOf(response.status, json) };
}

function errorOf(status: number, json: Record<string, unknown>): PublishError {
  const detail = typeof json.message === 'string' ? json.message : '';
  if (status === 401) return { kind: 'signed-out' };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 404) return { kind: 'space-not-found' };
  if (status === 413) return { kind: 'too-large' };
  // Confluence answers 400 both for a taken title and for a space key that does not exist.
  if (status === 400 && /already exists/i.test(detail)) return { kind: 'exists' };
  if (status === 400 && /space/i.test(detail) && /(no space|not exist|not found|could not find)/i.test(detail)) return { kind: 'space-not-found' };
  return { kind: 'other', status, detail: detail || `HTTP ${status}` };
}

/** `_links.base + _links.webui` as Confluence gives them; the classic view address otherwise. */
function pageUrl(target: ConfluenceTarget, json: Record<string, unknown>, id: string): string {
  const links = (typeof json._links === 'object' && json._links !== null ? json._links : {}) as Record<string, unknown>;
  const base = typeof links.base === 'string' ? links.base : target.base.replace(/\/+$/, '');
  if (typeof links.webui === 'string') return base + links.webui;
  return `${base}/pages/viewpage.action?pageId=${encodeURIComponent(id)}`;
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
