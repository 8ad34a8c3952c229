import type { Locale } from './errors';
import type { JiraFlavour } from './flavour';

/**
 * JQL to "check a whole board, sprint or query" from the page the user is on. Pure URL parsing;
 * Test URLs (reference/jira.md §1.1):
 * - Cloud search: https://acme.atlassian.net/issues/?jql=project%20%3D%20ABC
 * - Cloud board: https://acme.atlassian.net/jira/software/c/projects/ABC/boards/12(/backlog)
 * - DC board: https://jira.example.com/jira/secure/RapidBoard.jspa?rapidView=3&projectKey=ABC&view=planning
 * - Any issue: …/browse/ABC-123
 *
 * JQL has no `board` clause (a board is a saved filter), so a board becomes "its project's open
 * sprint". That is exact for Cloud team-managed boards (`/c/`, one board per project) and
 * `exact: false` otherwise; `boardId` is kept so a later version can ask the Agile API for the
 * board's own filter.
 */
export interface JqlSuggestion {
  kind: 'search' | 'filter' | 'sprint' | 'backlog';
  jql: string;
  label: Record<Locale, string>;
  exact: boolean;
  projectKey?: string;
  boardId?: string;
}

interface PageContext {
  projectKey?: string;
  boardId?: string;
  backlogView: boolean;
  teamManaged: boolean;
}

const PROJECT_KEY = '([A-Za-z][A-Za-z0-9_]+)';
const PATH_PROJECT_PATTERNS = [
  // Cloud software/business projects (team-managed has `/c/`), DC `/projects/KEY/issues/KEY-1`.
  new RegExp(`/projects/${PROJECT_KEY}(?:/|$)`),
  // Issue or project page on both flavours, with or without a DC context path.
  new RegExp(`/browse/${PROJECT_KEY}(?:-\\d+)?(?:/|$)`),
];
const ISSUE_KEY = new RegExp(`^${PROJECT_KEY}-\\d+$`);

function projectFrom(url: URL): string | undefined {
  for (const pattern of PATH_PROJECT_PATTERNS) {
    const match = pattern.exec(url.pathname);
    if (match) return match[1]!.toUpperCase();
  }
  const fromQuery = url.searchParams.get('projectKey');
  if (fromQuery !== null && /^[A-Za-z][A-Za-z0-9_]+$/.test(fromQuery)) return fromQuery.toUpperCase();
  const selected = ISSUE_KEY.exec(url.searchParams.get('selectedIssue') ?? '');
  return selected ? selected[1]!.toUpperCase() : undefined;
}

function pageContext(url: URL, flavour: JiraFlavour): PageContext {
  const boardId = /\/boards\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('rapidView') ?? undefined;
  const view = url.searchParams.get('view') ?? '';
  return {
    projectKey: projectFrom(url),
    boardId: boardId !== undefined && /^\d+$/.test(boardId) ? boardId : undefined,
    backlogView: /\/boards\/\d+\/backlog/.test(url.pathname) || view.startsWith('planning'),
    teamManaged: flavour === 'cloud' && /\/jira\/software\/c\/projects\//.test(url.pathname),
  };
}

function sprintSuggestion(context: PageContext, projectKey: string): JqlSuggestion {
  return {
    kind: 'sprint',
    jql: `project = "${projectKey}" AND sprint in openSprints() ORDER BY Rank ASC`,
    label: { en: `Open sprint of ${projectKey}`, pl: `Otwarty sprint projektu ${projectKey}` },
    exact: context.boardId === undefined || context.teamManaged,
    projectKey,
    ...(context.boardId === undefined ? {} : { boardId: context.boardId }),
  };
}

function backlogSuggestion(context: PageContext, projectKey: string): JqlSuggestion {
  // `not in` never matches an empty field, hence the explicit `is EMPTY`.
  const jql =
    `project = "${projectKey}" AND statusCategory != Done AND ` +
    '(sprint is EMPTY OR sprint not in (openSprints(), futureSprints())) ORDER BY Rank ASC';
  return {
    kind: 'backlog',
    jql,
    label: { en: `Backlog of ${projectKey}`, pl: `Backlog projektu ${projectKey}` },
    exact: context.boardId === undefined || context.teamManaged,
    projectKey,
    ...(context.boardId === undefined ? {} : { boardId: context.boardId }),
  };
}

/** Every suggestion for the page, best first; empty when the URL says nothing useful. */
export function listJqlSuggestions(pageUrl: string | URL, flavour: JiraFlavour): JqlSuggestion[] {
  const url = URL.canParse(pageUrl) ? new URL(pageUrl) : undefined;
  if (url === undefined) return [];
  const suggestions: JqlSuggestion[] = [];
  const jql = url.searchParams.get('jql')?.trim();
  if (jql) {
    suggestions.push({ kind: 'search', jql, label: { en: 'This search', pl: 'To wyszukiwanie' }, exact: true });
  }
  const filter = url.searchParams.get('filter');
  if (!jql && filter !== null && /^\d+$/.test(filter)) {
    suggestions.push({
      kind: 'filter',
      jql: `filter = ${filter}`,
      label: { en: `Filter ${filter}`, pl: `Filtr ${filter}` },
      exact: true,
    });
  }
  const context = pageContext(url, flavour);
  if (context.projectKey !== undefined) {
    const sprint = sprintSuggestion(context, context.projectKey);
    const backlog = backlogSuggestion(context, context.projectKey);
    suggestions.push(...(context.backlogView ? [backlog, sprint] : [sprint, backlog]));
  }
  return suggestions;
}

/** The one suggestion to pre-fill, or undefined. */
export function suggestJql(pageUrl: string | URL, flavour: JiraFlavour): JqlSuggestion | undefined {
  return listJqlSuggestions(pageUrl, flavour)[0];
}
