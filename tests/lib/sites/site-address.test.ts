import { describe, expect, it } from 'vitest';
import { isAtlassianCloud, originPattern, parseSiteInput, siteMatches } from '@/lib/sites/site-address';

describe('parseSiteInput', () => {
  it.each([
    ['jira.acme.com', 'https://jira.acme.com', ''],
    ['https://jira.acme.com/', 'https://jira.acme.com', ''],
    ['  https://jira.acme.com/jira  ', 'https://jira.acme.com', '/jira'],
    ['https://tools.acme.com/jira/browse/PAY-1', 'https://tools.acme.com', '/jira'],
    ['https://tools.acme.com/jira/secure/RapidBoard.jspa?rapidView=3', 'https://tools.acme.com', '/jira'],
    ['https://tools.acme.com/jira/projects/PAY/issues/PAY-1', 'https://tools.acme.com', '/jira'],
    ['https://jira.acme.com/browse/PAY-1?focusedCommentId=1#c1', 'https://jira.acme.com', ''],
    ['http://jira.intranet:8080/jira/browse/PAY-1', 'http://jira.intranet:8080', '/jira'],
    ['https://wiki.acme.com/display/TEAM/Retro', 'https://wiki.acme.com', ''],
    ['https://tools.acme.com/confluence/pages/viewpage.action?pageId=1', 'https://tools.acme.com', '/confluence'],
    ['https://tools.acme.com/confluence/spaces/TEAM/pages/1/Retro', 'https://tools.acme.com', '/confluence'],
    ['https://jira.acme.com/jira/software/c/projects/SHOP/boards/1', 'https://jira.acme.com', ''],
    ['HTTPS://JIRA.ACME.COM/jira', 'https://jira.acme.com', '/jira'],
  ])('%s → %s + %s', (input, origin, contextPath) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, address: { origin, contextPath, base: origin + contextPath } });
  });

  it.each([
    ['empty', ''],
    ['empty', '   '],
    ['invalid', 'https://'],
    ['invalid', 'not a url'],
    ['invalid', 'https://user:secret@jira.acme.com'],
    ['scheme', 'ftp://jira.acme.com'],
    ['scheme', 'file:///etc/passwd'],
    ['atlassian', 'acme.atlassian.net'],
    ['atlassian', 'https://acme.atlassian.net/wiki/spaces/X'],
  ])('rejects as %s: %j', (reason, input) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, reason });
  });
});

describe('match patterns', () => {
  it.each([
    ['https://jira.acme.com', 'https://jira.acme.com/*'],
    ['http://127.0.0.2:8123', 'http://127.0.0.2/*'], // patterns carry no port: Firefox rejects one
  ])('permission for %s is %s', (origin, pattern) => {
    expect(originPattern(origin)).toBe(pattern);
  });

  it('content scripts run under the context path only', () => {
    expect(siteMatches({ origin: 'https://tools.acme.com:8443', contextPath: '/confluence' })).toEqual(['https://tools.acme.com/confluence/*']);
    expect(siteMatches({ origin: 'https://jira.acme.com', contextPath: '' })).toEqual(['https://jira.acme.com/*']);
  });

  it.each([
    [true, 'https://acme.atlassian.net/browse/X-1'],
    [true, 'https://acme.atlassian.net'],
    [false, 'https://atlassian.net.evil.com'],
    [false, 'https://jira.acme.com'],
    [false, 'not a url'],
  ])('isAtlassianCloud → %s for %s', (expected, url) => {
    expect(isAtlassianCloud(url)).toBe(expected);
  });
});
