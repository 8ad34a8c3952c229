import { describe, expect, it } from 'vitest';
import { checkSite, probeUrl } from '@/lib/sites/site-check';

function answer(status: number, body: string, type = 'application/json'): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': type } });
}

describe('checkSite', () => {
  const jira = { kind: 'jira' as const, base: 'https://tools.acme.com/jira' };
  const confluence = { kind: 'confluence' as const, base: 'https://tools.acme.com/confluence' };

  it('asks serverInfo on Jira and the space list on Confluence', () => {
    expect(probeUrl(jira)).toBe('https://tools.acme.com/jira/rest/api/2/serverInfo');
    expect(probeUrl(confluence)).toBe('https://tools.acme.com/confluence/rest/api/space?limit=1');
  });

  it.each([
    ['ok', jira, answer(200, '{"baseUrl":"https://tools.acme.com/jira","version":"10.3.1"}')],
    ['ok', confluence, answer(200, '{"results":[],"size":0}')],
    ['signed-out', jira, answer(401, '{"errorMessages":["You are not authenticated"]}')],
    ['unrecognised', jira, answer(200, '<html><body>Sign in to the intranet</body></html>', 'text/html')],
    ['unrecognised', jira, answer(404, 'Not found', 'text/plain')],
    ['unrecognised', confluence, answer(200, '{"baseUrl":"x"}')], // Jira where Confluence was expected
    ['unrecognised', jira, answer(200, 'not json', 'application/json')],
    ['unreachable', jira, async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('%s for %o', async (state, site, fetchImpl) => {
    expect(await checkSite(site, fetchImpl, 7)).toEqual({ state, url: probeUrl(site), at: 7 });
  });
});
