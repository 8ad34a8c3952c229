/** Jira Cloud (atlassian.net or a custom domain) or Jira Data Center / Server. */
export type JiraFlavour = 'cloud' | 'datacenter';

/**
 * Cloud's v3 returns descriptions as ADF, and its legacy v2 search is gone (410); Data Center only
 * has v2, with wiki markup (reference/jira.md §3.1, §3.3).
 */
export function apiVersion(flavour: JiraFlavour): '2' | '3' {
  return flavour === 'cloud' ? '3' : '2';
}
