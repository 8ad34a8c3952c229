import { type JqlSuggestion, listJqlSuggestions } from '@/lib/jira-rest/jql';
import type { PageInfo } from '@/lib/messages';

/** What a check needs to know about the Jira tab it runs through. */
export interface CheckContext {
  tabId: number;
  site: string;
  origin: string;
  contextPath: string;
  /** Layouts the extension does not know get v2, which every Jira has (as lib/issue-data does). */
  flavour: 'cloud' | 'datacenter';
  suggestions: JqlSuggestion[];
}

/**
 * The check's context from the tab's page info, or null when the content script is older than the
 * fields this needs (a tab opened before the extension was updated: reloading it helps).
 */
export function checkContextOf(page: PageInfo, tabId: number): CheckContext | null {
  if (page.url === undefined || page.origin === undefined || page.contextPath === undefined || page.flavour === undefined) return null;
  const flavour = page.flavour === 'cloud' ? 'cloud' : 'datacenter';
  return {
    tabId,
    site: page.site,
    origin: page.origin,
    contextPath: page.contextPath,
    flavour,
    suggestions: listJqlSuggestions(page.url, flavour),
  };
}
