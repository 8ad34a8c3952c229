import { describe, expect, it, vi } from 'vitest';
import { createJiraClient } from '@/lib/jira-rest/client';
import { JiraRestError } from '@/lib/jira-rest/errors';
import type { RelayRequest, RelayResponse } from '@/lib/jira-rest/relay-protocol';
import { createTabFetch } from '@/lib/jira-rest/tab-fetch';

const ISSUE = JSON.stringify({ key: 'A-1', fields: { summary: 'Pay in one step', description: 'Why: *faster*', labels: [], issuetype: { name: 'Story' }, status: { name: 'Open' } } });

function clientWith(reply: (request: RelayRequest) => RelayResponse | Promise<never>) {
  const send = vi.fn(async (_tab: number, request: RelayRequest) => reply(request));
  const client = createJiraClient({ origin: 'https://jira.acme.com', contextPath: '/jira', flavour: 'datacenter', fetch: createTabFetch(7, send), sleep: async () => {} });
  return { client, send };
}

describe('createTabFetch (background)', () => {
  it('runs the client’s request in the Jira tab and reads the relayed answer', async () => {
    const { client, send } = clientWith(() => ({ status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, body: ISSUE }));
    const issue = await client.getIssue('A-1');
    expect(issue.summary).toBe('Pay in one step');
    const [tabId, request] = send.mock.calls[0]!;
    expect(tabId).toBe(7);
    expect(request).toMatchObject({ type: 'cbc:fetch', method: 'GET', url: expect.stringMatching(/^https:\/\/jira\.acme\.com\/jira\/rest\/api\/2\/issue\/A-1\?/) });
    expect(request.headers.accept).toBe('application/json');
  });

  it('turns a tab that cannot answer into a network error', async () => {
    const { client } = clientWith(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    await expect(client.getIssue('A-1')).rejects.toSatisfy((error: JiraRestError) => error.kind === 'network');
  });

  it('keeps Jira’s statuses: 401 is logged out, an HTML login page is not JSON', async () => {
    const loggedOut = clientWith(() => ({ status: 401, statusText: '', headers: { 'content-type': 'application/json' }, body: '{}' }));
    await expect(loggedOut.client.getIssue('A-1')).rejects.toSatisfy((error: JiraRestError) => error.kind === 'logged-out');
    const html = clientWith(() => ({ status: 200, statusText: '', headers: { 'content-type': 'text/html' }, body: '<html>Log in</html>' }));
    await expect(html.client.getIssue('A-1')).rejects.toSatisfy((error: JiraRestError) => error.kind === 'not-json');
  });

  it('relays writes with their JSON body', async () => {
    const { client, send } = clientWith(() => ({ status: 204, statusText: '', headers: {}, body: '' }));
    await client.setUnclearLabel('A-1', true);
    const request = send.mock.calls[0]![1];
    expect(request.method).toBe('PUT');
    expect(JSON.parse(request.body!)).toEqual({ update: { labels: [{ add: 'customer-benefit-unclear' }] } });
    expect(request.headers['x-atlassian-token']).toBe('no-check');
  });
});
