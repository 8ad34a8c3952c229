import type { SiteCheck, Site } from './site-store';

/** A URL that answers JSON on every Jira (Cloud, Data Center) and Confluence Data Center, signed in or not. */
export function probeUrl(site: Pick<Site, 'kind' | 'base'>): string {
  return site.kind === 'jira' ? `${site.base}/rest/api/2/serverInfo` : `${site.base}/rest/api/space?limit=1`;
}

/** The shape that proves the answer came from the product, not a login page or a proxy. */
function looksRight(kind: Site['kind'], body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  if (kind === 'jira') return 'baseUrl' in body || 'version' in body || 'serverTitle' in body;
  return 'results' in body || 'size' in body;
}

/** Jira's and Confluence's REST error envelope: a real product that wants a signed-in user. */
function isAtlassianError(body: unknown): boolean {
  return typeof body === 'object' && body !== null && ('errorMessages' in body || 'message' in body || 'statusCode' in body);
}

/**
 * Looks at a freshly granted site so a typo or the wrong product gives a message, not silence.
 * The site is kept whatever the answer: the user may be signed out or off the VPN right now.
 */
export async function checkSite(
  site: Pick<Site, 'kind' | 'base'>,
  fetchImpl: typeof fetch = fetch,
  now = Date.now(),
  timeoutMs = 8_000,
): Promise<SiteCheck> {
  const url = probeUrl(site);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      credentials: 'include',
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return { state: 'unreachable', url, at: now };
  }
  let body: unknown = null;
  try {
    body = (response.headers.get('content-type') ?? '').includes('json') ? await response.json() : null;
  } catch {
    body = null;
  }
  if (response.ok && looksRight(site.kind, body)) return { state: 'ok', url, at: now };
  if ((response.status === 401 || response.status === 403) && isAtlassianError(body)) return { state: 'signed-out', url, at: now };
  return { state: 'unrecognised', url, at: now };
}
