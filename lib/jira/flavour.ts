import { cloud, dataCenter } from './selectors';

export type JiraFlavour = 'cloud' | 'datacenter' | 'unknown';

/**
 * Cloud renders into `#jira-frontend` (also on custom domains); Server and Data Center pages are
 * `#page` with AUI meta tags. atlassian.net is Cloud even before its app root exists.
 */
export function detectFlavour(url: URL, doc: Document): JiraFlavour {
  if (doc.querySelector(cloud.root) || url.hostname.endsWith('.atlassian.net')) return 'cloud';
  if (doc.querySelector(dataCenter.contextPathMeta) || doc.querySelector(dataCenter.root)) return 'datacenter';
  return 'unknown';
}

/** Data Center tells its context path in `<meta name="ajs-context-path" content="/jira">`. */
export function readContextPath(doc: Document): string | undefined {
  const meta = doc.querySelector(dataCenter.contextPathMeta);
  // Null on Cloud and on pages that are not Jira's.
  const value = meta?.getAttribute('content');
  if (value === null || value === undefined) return undefined;
  return /^(\/[\w.~-]+)*$/.test(value) ? value : undefined;
}
