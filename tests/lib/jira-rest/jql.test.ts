// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { JiraFlavour } from '@/lib/jira-rest/flavour';
import { listJqlSuggestions, suggestJql } from '@/lib/jira-rest/jql';

const SPRINT = (key: string): string => `project = "${key}" AND sprint in openSprints() ORDER BY Rank ASC`;
const BACKLOG = (key: string): string =>
  `project = "${key}" AND statusCategory != Done AND (sprint is EMPTY OR sprint not in (openSprints(), futureSprints())) ORDER BY Rank ASC`;

describe('suggestJql', () => {
  it.each<[string | undefined, JiraFlavour, string]>([
    ['project = ABC ORDER BY created DESC', 'cloud', 'https://acme.atlassian.net/issues/?jql=project%20%3D%20ABC%20ORDER%20BY%20created%20DESC'],
    ['assignee = currentUser()', 'cloud', 'https://acme.atlassian.net/jira/software/c/projects/ABC/issues/?jql=assignee+%3D+currentUser()'],
    ['labels = x', 'datacenter', 'https://jira.example.com/jira/issues/?jql=labels%20%3D%20x'],
    ['text ~ "a"', 'datacenter', 'https://jira.example.com/browse/ABC-1?jql=text%20~%20%22a%22'],
    ['filter = 10001', 'cloud', 'https://acme.atlassian.net/issues/?filter=10001'],
    [SPRINT('ABC'), 'cloud', 'https://acme.atlassian.net/jira/software/c/projects/ABC/boards/12'],
    [SPRINT('SHOP'), 'cloud', 'https://acme.atlassian.net/jira/software/projects/SHOP/boards/3?selectedIssue=SHOP-9'],
    [BACKLOG('ABC'), 'cloud', 'https://acme.atlassian.net/jira/software/c/projects/ABC/boards/12/backlog'],
    [SPRINT('ABC'), 'cloud', 'https://acme.atlassian.net/browse/ABC-123'],
    [SPRINT('ABC'), 'datacenter', 'https://jira.example.com/jira/browse/ABC-123'],
    [SPRINT('AB_2'), 'datacenter', 'https://jira.example.com/projects/AB_2/issues/AB_2-5'],
    [SPRINT('ABC'), 'datacenter', 'https://jira.example.com/secure/RapidBoard.jspa?rapidView=3&projectKey=ABC'],
    [BACKLOG('ABC'), 'datacenter', 'https://jira.example.com/jira/secure/RapidBoard.jspa?rapidView=3&projectKey=ABC&view=planning.nodetail'],
    [SPRINT('XY'), 'datacenter', 'https://jira.example.com/secure/RapidBoard.jspa?rapidView=3&view=detail&selectedIssue=XY-7'],
    [undefined, 'datacenter', 'https://jira.example.com/secure/RapidBoard.jspa?rapidView=3'],
    [undefined, 'cloud', 'https://acme.atlassian.net/jira/your-work'],
    [undefined, 'cloud', 'https://acme.atlassian.net/issues/?filter=-1'],
    [undefined, 'cloud', 'https://acme.atlassian.net/issues/?jql=%20'],
    [undefined, 'cloud', 'not a url'],
  ])('suggests %j on %s for %s', (expected, flavour, url) => {
    expect(suggestJql(url, flavour)?.jql).toBe(expected);
  });

  it('labels suggestions in English and Polish', () => {
    expect(suggestJql('https://acme.atlassian.net/browse/ABC-1', 'cloud')?.label).toEqual({
      en: 'Open sprint of ABC',
      pl: 'Otwarty sprint projektu ABC',
    });
    expect(suggestJql('https://acme.atlassian.net/issues/?jql=a', 'cloud')?.label).toEqual({
      en: 'This search',
      pl: 'To wyszukiwanie',
    });
  });

  it('lists the search first, then sprint and backlog of the project', () => {
    const kinds = listJqlSuggestions('https://acme.atlassian.net/jira/software/c/projects/ABC/issues/?jql=a', 'cloud');
    expect(kinds.map((suggestion) => suggestion.kind)).toEqual(['search', 'sprint', 'backlog']);
  });

  it.each<[boolean, JiraFlavour, string]>([
    [true, 'cloud', 'https://acme.atlassian.net/jira/software/c/projects/ABC/boards/12'],
    [false, 'cloud', 'https://acme.atlassian.net/jira/software/projects/ABC/boards/12'],
    [false, 'datacenter', 'https://jira.example.com/secure/RapidBoard.jspa?rapidView=3&projectKey=ABC'],
    [true, 'datacenter', 'https://jira.example.com/browse/ABC-1'],
  ])('marks exact=%s for board scope on %s %s', (exact, flavour, url) => {
    expect(suggestJql(url, flavour)?.exact).toBe(exact);
  });

  it('keeps the board id for later refinement', () => {
    expect(suggestJql('https://jira.example.com/secure/RapidBoard.jspa?rapidView=3&projectKey=ABC', 'datacenter')).toMatchObject({
      boardId: '3',
      projectKey: 'ABC',
    });
  });
});
