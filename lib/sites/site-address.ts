/**
 * A site the user adds: what they typed, turned into the origin the browser grants and the base
 * under which Jira or Confluence lives (Data Center often runs under a context path such as `/jira`).
 */
export type SiteKind = 'jira' | 'confluence';

export interface SiteAddress {
  /** `https://jira.acme.com` (with a port when there is one). */
  origin: string;
  /** `/jira`, `/confluence`, or '' at the root. */
  contextPath: string;
  /** Origin plus context path: how answers name the site (`Answer.site`). */
  base: string;
}

export type ParsedSite = { ok: true; address: SiteAddress } | { ok: false; reason: 'empty' | 'invalid' | 'scheme' | 'atlassian' };

/**
 * Path parts that are pages, not the context path: pasting an issue or page URL must give the site.
 * `/wiki` stays: it is Confluence Cloud's context path.
 */
const PAGE_PATHS = [
  /\/browse\/.*$/, // Jira issue pages
  /\/(?:secure|projects|issues|plugins|rest|login\.jsp|jira\/software|jira\/core|jira\/servicedesk)(?:\/.*|$)/, // Jira pages and APIs
  /\/(?:display|spaces|pages|rest|dashboard\.action|x)(?:\/.*|$)/, // Confluence pages and APIs
];

/** `https://*.atlassian.net` works without adding: the manifest declares it. */
export function isAtlassianCloud(url: URL | string): boolean {
  const host = typeof url === 'string' ? safeUrl(url)?.hostname : url.hostname;
  return !!host && (host === 'atlassian.net' || host.endsWith('.atlassian.net'));
}

/** Parses what a user typed into the "Add a site" field: a bare host, a site URL, or any page of it. */
export function parseSiteInput(input: string): ParsedSite {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const url = safeUrl(withScheme);
  if (url && url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme' };
  if (!url || !url.hostname || url.username || url.password) return { ok: false, reason: 'invalid' };
  if (isAtlassianCloud(url)) return { ok: false, reason: 'atlassian' };
  let path = url.pathname.replace(/\/+$/, '');
  for (const page of PAGE_PATHS) path = path.replace(page, '');
  path = path.replace(/\/+$/, '');
  return { ok: true, address: { origin: url.origin, contextPath: path, base: url.origin + path } };
}

/**
 * The host permission to ask for. Match patterns carry no port (Firefox rejects one, Chrome ignores
 * it in host permissions), so a grant covers every port of the host.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Where the registered content script runs: the whole site under its context path. */
export function siteMatches(address: Pick<SiteAddress, 'origin' | 'contextPath'>): string[] {
  const url = new URL(address.origin);
  return [`${url.protocol}//${url.hostname}${address.contextPath}/*`];
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
