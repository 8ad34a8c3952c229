/** Where on a Jira site the user is looking at one issue, read from the URL alone. */
export interface IssueRoute {
  key: string;
  /** `browse`: the full issue page; `selected`: a board, backlog or list with the issue in a side panel or modal. */
  view: 'browse' | 'selected';
  /** Data Center context path such as `/jira`, or '' at the site root. */
  contextPath: string;
}

// https://github.com/hanif-mianjee/JIRA-Ticket-Copier `ISSUE_KEY_PATTERN`: Jira keys are upper case.
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;

/** Path of an issue: `/browse/KEY-1`, Cloud's issue navigator `/issues/KEY-1`; both may sit under a context path. */
const BROWSE_PATH = /^(.*?)\/browse\/([^/]+)\/?$/;
const NAVIGATOR_PATH = /^(\/jira\/(?:software\/(?:c\/)?|core\/|servicedesk\/)?projects\/[^/]+)\/issues\/([^/]+)\/?$/;

/**
 * Views that open `?selectedIssue=KEY` as a side panel or modal. Elsewhere (dashboards, filters) the
 * parameter is a leftover and no issue is shown.
 */
const SELECTED_ISSUE_VIEWS = [
  /\/boards\/\d+/, // Cloud boards, backlogs and timelines: /jira/software/(c/)projects/KEY/boards/1(/backlog|/timeline)
  /\/projects\/[^/]+\/(?:board|backlog|list|timeline|calendar|issues)(?:\/|$)/, // Cloud project views
  /\/secure\/RapidBoard\.jspa$/, // Data Center agile boards (and old Cloud)
  /\/issues\/?$/, // Cloud and Data Center issue search with a selected issue
];

export function isIssueKey(value: string): boolean {
  return ISSUE_KEY.test(value);
}

/** Reads the issue a Jira URL shows, or null when the URL shows no single issue. */
export function parseIssueRoute(url: URL): IssueRoute | null {
  const path = safeDecode(url.pathname);
  const browse = BROWSE_PATH.exec(path);
  if (browse) {
    const key = browse[2]!;
    // `/browse/KEY-1?jql=…` is the old search view, which has its own selected issue.
    if (isIssueKey(key)) return { key, view: 'browse', contextPath: trimSlash(browse[1]!) };
  }
  const navigator = NAVIGATOR_PATH.exec(path);
  if (navigator && isIssueKey(navigator[2]!)) return { key: navigator[2]!, view: 'browse', contextPath: '' };

  const selected = url.searchParams.get('selectedIssue');
  if (selected && isIssueKey(selected) && SELECTED_ISSUE_VIEWS.some((view) => view.test(path))) {
    return { key: selected, view: 'selected', contextPath: contextPathOfBoard(path) };
  }
  return null;
}

/** `/jira/secure/RapidBoard.jspa` → `/jira`; Cloud paths start at `/jira/software`, which is no context path. */
function contextPathOfBoard(path: string): string {
  const rapidBoard = /^(.*)\/secure\/RapidBoard\.jspa$/.exec(path);
  return rapidBoard ? trimSlash(rapidBoard[1]!) : '';
}

function trimSlash(prefix: string): string {
  return prefix.replace(/\/+$/, '');
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // A malformed escape is no issue key; keep the raw path.
  }
}
