import { blockText, lineText } from './dom-text';
import type { JiraFlavour } from './flavour';
import { cloud, dataCenter, testId } from './selectors';

/** What the page shows of an issue. `null` means the page did not show it (yet), never an error. */
export interface IssueFields {
  summary: string | null;
  description: string | null;
  issueType: string | null;
  status: string | null;
  labels: string[];
}

const CURRENT_KEY = [
  testId('issue.views.issue-base.foundation.breadcrumbs.current-issue.item'), // Cloud
  '#key-val', // Data Center
].join(', ');

/**
 * Reads the issue's fields from `scope` (the modal or side panel on boards, else the document).
 * While Jira swaps one issue for another, the old issue's DOM is still there: when the page names
 * another key, nothing is read, so the panel never shows the previous issue's text.
 */
export function readIssueFields(scope: ParentNode, flavour: JiraFlavour, key: string): IssueFields {
  const shownKey = lineText(scope.querySelector(CURRENT_KEY));
  if (shownKey !== null && shownKey !== key) return emptyFields();
  const dc = flavour === 'datacenter';
  const pick = (cloudSelector: string, dcSelector: string): Element | null =>
    scope.querySelector(dc ? dcSelector : cloudSelector) ?? scope.querySelector(dc ? cloudSelector : dcSelector);
  const description = pick(cloud.description, dataCenter.description);
  const summary = lineText(pick(cloud.summary, dataCenter.summary)) ?? (isDocument(scope) ? summaryFromTitle(scope.title, key) : null);
  return {
    summary,
    description: description ? blockText(description) || null : null,
    issueType: readIssueType(pick(cloud.issueType, dataCenter.issueType)),
    status: lineText(pick(cloud.status, dataCenter.status)),
    labels: [...scope.querySelectorAll(dc ? dataCenter.labels : cloud.labels)]
      .map(lineText)
      .filter((label): label is string => label !== null)
      .slice(0, 50),
  };
}

/**
 * Jira titles issue pages "[KEY-1] Summary - Jira" (Cloud and Data Center alike): the last resort on a
 * layout whose summary element is not recognised.
 */
export function summaryFromTitle(title: string, key: string): string | null {
  const prefix = `[${key}]`;
  if (!title.startsWith(prefix)) return null;
  const rest = ` ${title.slice(prefix.length).trim()}`; // the space lets " - Jira" alone be cut too
  const cut = rest.lastIndexOf(' - ');
  const summary = (cut >= 0 ? rest.slice(0, cut) : rest).trim();
  return summary === '' ? null : summary.slice(0, 1000);
}

function isDocument(scope: ParentNode): scope is Document {
  return (scope as Node).nodeType === 9; // DOCUMENT_NODE; instanceof fails across frames and test DOMs
}

export function emptyFields(): IssueFields {
  return { summary: null, description: null, issueType: null, status: null, labels: [] };
}

/** Cloud's type button holds only an icon: the type is its `img[alt]` or the start of its aria-label ("Bug - Change work type"). */
function readIssueType(element: Element | null): string | null {
  if (!element) return null;
  const alt = element.querySelector('img[alt]')?.getAttribute('alt'); // null when Jira shows an svg icon
  if (alt?.trim()) return alt.trim();
  const label = element.getAttribute('aria-label');
  if (label?.includes(' - ')) return label.split(' - ')[0]!.trim() || null;
  return lineText(element);
}
