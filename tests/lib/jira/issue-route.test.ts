import { describe, expect, it } from 'vitest';
import { isIssueKey, parseIssueRoute } from '@/lib/jira/issue-route';

describe('parseIssueRoute', () => {
  it.each([
    // Jira Cloud full page
    ['https://acme.atlassian.net/browse/SHOP-123', { key: 'SHOP-123', view: 'browse', contextPath: '' }],
    ['https://acme.atlassian.net/browse/SHOP-123/', { key: 'SHOP-123', view: 'browse', contextPath: '' }],
    ['https://acme.atlassian.net/browse/A_B2-7?focusedCommentId=1', { key: 'A_B2-7', view: 'browse', contextPath: '' }],
    // Cloud issue navigator with the issue open
    ['https://acme.atlassian.net/jira/software/c/projects/SHOP/issues/SHOP-9', { key: 'SHOP-9', view: 'browse', contextPath: '' }],
    // Cloud boards, backlog, list, timeline with a side panel or modal
    ['https://acme.atlassian.net/jira/software/c/projects/SHOP/boards/1?selectedIssue=SHOP-2', { key: 'SHOP-2', view: 'selected', contextPath: '' }],
    ['https://acme.atlassian.net/jira/software/projects/SHOP/boards/12/backlog?selectedIssue=SHOP-3', { key: 'SHOP-3', view: 'selected', contextPath: '' }],
    ['https://acme.atlassian.net/jira/software/projects/SHOP/boards/12/timeline?selectedIssue=SHOP-4', { key: 'SHOP-4', view: 'selected', contextPath: '' }],
    ['https://acme.atlassian.net/jira/software/c/projects/SHOP/list?selectedIssue=SHOP-5', { key: 'SHOP-5', view: 'selected', contextPath: '' }],
    ['https://acme.atlassian.net/jira/core/projects/OPS/board?selectedIssue=OPS-1', { key: 'OPS-1', view: 'selected', contextPath: '' }],
    // Data Center, at the root and under a context path
    ['https://jira.acme.com/browse/PAY-1', { key: 'PAY-1', view: 'browse', contextPath: '' }],
    ['https://acme.com/jira/browse/PAY-1', { key: 'PAY-1', view: 'browse', contextPath: '/jira' }],
    ['https://acme.com/tools/jira/browse/PAY-10', { key: 'PAY-10', view: 'browse', contextPath: '/tools/jira' }],
    ['https://acme.com/jira/secure/RapidBoard.jspa?rapidView=3&view=detail&selectedIssue=PAY-2', { key: 'PAY-2', view: 'selected', contextPath: '/jira' }],
    ['https://jira.acme.com/secure/RapidBoard.jspa?rapidView=3&view=planning&selectedIssue=PAY-3', { key: 'PAY-3', view: 'selected', contextPath: '' }],
  ])('%s', (url, expected) => {
    expect(parseIssueRoute(new URL(url))).toEqual(expected);
  });

  it.each([
    ['no key after /browse/', 'https://acme.atlassian.net/browse/'],
    ['a project, not an issue', 'https://acme.atlassian.net/browse/SHOP'],
    ['lower-case key', 'https://acme.atlassian.net/browse/shop-1'],
    ['key starting with a digit', 'https://acme.atlassian.net/browse/1SHOP-1'],
    ['no number', 'https://acme.atlassian.net/browse/SHOP-'],
    ['sub-path under the key', 'https://acme.atlassian.net/browse/SHOP-1/comments'],
    ['selectedIssue on a dashboard', 'https://acme.atlassian.net/jira/dashboards/10?selectedIssue=SHOP-1'],
    ['selectedIssue on the home page', 'https://acme.atlassian.net/?selectedIssue=SHOP-1'],
    ['malformed selectedIssue', 'https://acme.atlassian.net/jira/software/c/projects/SHOP/boards/1?selectedIssue=SHOP-1%3Cx'],
    ['board without an issue', 'https://acme.atlassian.net/jira/software/c/projects/SHOP/boards/1'],
    ['Confluence page', 'https://acme.atlassian.net/wiki/spaces/X/pages/1/SHOP-1'],
    ['malformed escape', 'https://acme.atlassian.net/browse/%E0%A4%A'],
  ])('nothing for %s', (_label, url) => {
    expect(parseIssueRoute(new URL(url))).toBeNull();
  });
});

describe('isIssueKey', () => {
  it.each([
    ['ABC-1', true],
    ['A1_B-22', true],
    ['abc-1', false],
    ['ABC1', false],
    ['-1', false],
    ['ABC-1 ', false],
    ['UTF-8', true], // shaped like a key: callers decide from context
  ])('%s → %s', (key, expected) => {
    expect(isIssueKey(key)).toBe(expected);
  });
});
