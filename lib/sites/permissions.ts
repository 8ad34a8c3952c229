import { browser } from 'wxt/browser';
import { isAtlassianCloud, originPattern } from './site-address';
import { type Site, listSites } from './site-store';

/**
 * Asks the browser for one site's origin. Must be the first await of a click handler: browsers
 * only show the prompt during a user gesture.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

export function hasSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

/**
 * Gives the origin back, unless another added site still lives on the same host (Jira and
 * Confluence of one Data Center host share the grant).
 */
export async function releaseSiteAccess(origin: string, remaining: Site[]): Promise<boolean> {
  const pattern = originPattern(origin);
  if (remaining.some((site) => originPattern(site.origin) === pattern)) return false;
  return browser.permissions.remove({ origins: [pattern] });
}

/** What the popup needs to know about the tab's site. */
export type SiteAccessState = 'atlassian' | 'granted' | 'revoked' | 'not-added';

export async function siteAccessState(url: string | URL): Promise<SiteAccessState> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-added';
  }
  if (isAtlassianCloud(parsed)) return 'atlassian';
  const added = (await listSites()).some((site) => site.origin === parsed.origin);
  if (!added) return 'not-added';
  return (await hasSiteAccess(parsed.origin)) ? 'granted' : 'revoked';
}
