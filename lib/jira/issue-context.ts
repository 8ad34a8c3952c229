import { detectFlavour, readContextPath, type JiraFlavour } from './flavour';
import { parseIssueRoute, type IssueRoute } from './issue-route';

/** The issue a Jira page is about: enough to store answers and to call Jira's REST API. */
export interface IssueContext extends IssueRoute {
  flavour: JiraFlavour;
  origin: string;
  /** Identity of the Jira site: origin plus Data Center context path (`https://jira.acme.com/jira`). */
  site: string;
}

/** Turns a URL and the page's document into the issue it shows, or null when it shows none. */
export function detectIssueContext(url: URL, doc: Document): IssueContext | null {
  const route = parseIssueRoute(url);
  if (!route) return null;
  const flavour = detectFlavour(url, doc);
  // The meta tag is the truth on Data Center; the URL's guess covers pages that do not render it.
  const contextPath = flavour === 'cloud' ? '' : (readContextPath(doc) ?? route.contextPath);
  return { ...route, contextPath, flavour, origin: url.origin, site: url.origin + contextPath };
}
