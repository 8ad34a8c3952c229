/**
 * Finds the Jira issues a rendered Confluence page refers to, without changing the page.
 * Test URLs: docs/../reference/jira.md §2.2 shows the real macro HTML; the demo page
 * `/wiki/spaces/SHOP/pages/123/Sprint+review` has one of each kind.
 */
import { isInEditor } from './page-detect';

export type ReferenceKind = 'macro' | 'smart-link' | 'link';

export interface JiraReference {
  /** The Confluence node the chip goes after; never changed itself. */
  element: Element;
  key: string;
  /** Jira site as answers name it: origin plus Data Center context path. */
  site: string;
  kind: ReferenceKind;
}

// https://github.com/hanif-mianjee/JIRA-Ticket-Copier `ISSUE_KEY_PATTERN`
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;
const BROWSE_PATH = /^(.*?)\/browse\/([^/]+)\/?$/;

const MACRO_SELECTORS = [
  '[data-jira-key]', // Cloud and Data Center Jira issue macro, rendered: span.confluence-jim-macro[data-jira-key]
  '.confluence-jim-macro', // the same macro before its key attribute is filled
  '[data-macro-name="jira"]', // macro wrappers that name the macro only
];
const SMART_LINK_SELECTORS = [
  '[data-card-url*="/browse/"]', // Cloud smart links: span[data-inline-card][data-card-url], block and embed cards
];
const LINK_SELECTORS = [
  'a[href*="/browse/"]', // plain links to an issue page, Cloud and Data Center (also under a context path)
];
const MACRO = MACRO_SELECTORS.join(', ');
const SMART_LINK = SMART_LINK_SELECTORS.join(', ');
const ANY_REFERENCE = [...MACRO_SELECTORS, ...SMART_LINK_SELECTORS, ...LINK_SELECTORS].join(', ');

/** Our own chips carry this attribute: never a reference, and their subtree is ours. */
export const CHIP_HOST_ATTRIBUTE = 'data-cbc-chip';

/** The issue a Jira URL points to, and its site. Null for anything that is not `…/browse/KEY-1`. */
export function jiraIssueOfUrl(href: string, pageUrl: string): { key: string; site: string } | null {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const match = BROWSE_PATH.exec(url.pathname);
  if (!match || !ISSUE_KEY.test(match[2]!)) return null;
  return { key: match[2]!, site: url.origin + match[1]! };
}

function macroReference(element: Element, pageUrl: string): JiraReference | null {
  const link = element.querySelector('a[href*="/browse/"]');
  const fromLink = link ? jiraIssueOfUrl(link.getAttribute('href')!, pageUrl) : null;
  const key = element.getAttribute('data-jira-key')?.trim() ?? fromLink?.key ?? '';
  if (!ISSUE_KEY.test(key)) return null;
  // A macro with a key only: Cloud Jira and Confluence share the `*.atlassian.net` origin.
  const site = fromLink && fromLink.key === key ? fromLink.site : new URL(pageUrl).origin;
  return { element, key, site, kind: 'macro' };
}

function referenceOf(element: Element, pageUrl: string): JiraReference | null {
  if (element.matches(MACRO)) return macroReference(element, pageUrl);
  const isSmart = element.matches(SMART_LINK);
  const target = jiraIssueOfUrl(element.getAttribute(isSmart ? 'data-card-url' : 'href') ?? '', pageUrl);
  return target && { element, ...target, kind: isSmart ? 'smart-link' : 'link' };
}

/** Inside a macro or smart link that is itself the reference (its inner link is not a second one). */
function isInsideOuterReference(element: Element): boolean {
  const parent = element.parentElement;
  return !!parent && parent.closest(`${MACRO}, ${SMART_LINK}`) !== null;
}

/**
 * References in document order that `seen` does not hold yet, at most `limit`. Marks every element
 * it looked at, so repeated scans (on DOM changes) only pay for new nodes.
 */
export function findReferences(root: ParentNode, pageUrl: string, seen: WeakSet<Element>, limit: number): JiraReference[] {
  const found: JiraReference[] = [];
  if (limit <= 0) return found;
  for (const element of root.querySelectorAll(ANY_REFERENCE)) {
    if (seen.has(element)) continue;
    seen.add(element);
    if (element.closest(`[${CHIP_HOST_ATTRIBUTE}]`) || isInEditor(element) || isInsideOuterReference(element)) continue;
    const reference = referenceOf(element, pageUrl);
    if (!reference) continue;
    found.push(reference);
    if (found.length >= limit) break;
  }
  return found;
}
