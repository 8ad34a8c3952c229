// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SharedAnswer } from '@/lib/jira-rest/shared-answer';
import { JiraRestError } from '@/lib/jira-rest/errors';
import { startHarness } from './mock-setup';

const ANSWER: SharedAnswer = {
  version: 1,
  customer: 'Returning shoppers on mobile',
  benefit: 'Check out in one step',
  evidence: 'Completion rises from 61% to 70%',
  verdict: 'clear',
  note: '',
  updatedAt: 1_764_806_400_000,
  sharedBy: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Mia Krystof' },
};

const READ_HEADERS = { accept: 'application/json' };
const WRITE_HEADERS = { accept: 'application/json', 'content-type': 'application/json', 'x-atlassian-token': 'no-check' };
const ISSUE_QUERY = { fields: 'summary,description,issuetype,labels,status', properties: 'customer-benefit-check' };

describe('getIssue', () => {
  it('reads a Cloud issue from /rest/api/3 with explicit fields and the shared property, ADF to text', async () => {
    const { client, running } = await startHarness({ flavour: 'cloud' });
    const issue = await client.getIssue('SHOP-1');
    expect(issue).toEqual({
      key: 'SHOP-1',
      id: '10001',
      summary: 'Save a card for one-step checkout',
      descriptionText: 'As a returning shopper I want to save my card so that I can check out in one step.\n\nEvidence\n\n- Completion rises from 61% to 70%.',
      descriptionFormat: 'adf',
      issueType: 'Story',
      labels: ['checkout'],
      status: 'To Do',
      statusCategory: 'new',
    });
    expect(running.mock.requests).toHaveLength(1);
    const [request] = running.mock.requests;
    expect(request).toMatchObject({ method: 'GET', path: '/rest/api/3/issue/SHOP-1', query: ISSUE_QUERY, body: undefined });
    expect(request!.headers).toMatchObject(READ_HEADERS);
    expect(request!.headers).not.toHaveProperty('content-type');
    expect(request!.headers).not.toHaveProperty('x-atlassian-token');
  });

  it('reads a Data Center issue under the /jira context path from /rest/api/2, wiki to text', async () => {
    const { client, running } = await startHarness({ flavour: 'datacenter', contextPath: '/jira' });
    const issue = await client.getIssue('SHOP-1');
    expect(issue.descriptionFormat).toBe('wiki');
    expect(issue.descriptionText).toBe(
      'As a returning shopper I want to save my card so that I can check out in one step.\n\nEvidence\n\n- Completion rises from 61% to 70%.',
    );
    expect(running.mock.requests[0]).toMatchObject({ method: 'GET', path: '/jira/rest/api/2/issue/SHOP-1', query: ISSUE_QUERY });
    expect(client.apiRoot).toBe(`${running.origin}/jira/rest/api/2`);
  });

  it('normalises the context path', async () => {
    const { running } = await startHarness({ flavour: 'datacenter', contextPath: '/jira' });
    const { createJiraClient } = await import('@/lib/jira-rest/client');
    for (const contextPath of ['jira', '/jira/', 'jira/']) {
      expect(createJiraClient({ origin: `${running.origin}/`, contextPath, flavour: 'datacenter' }).apiRoot).toBe(`${running.origin}/jira/rest/api/2`);
    }
  });

  it.each([
    ['cloud', 'BTS-1', 'Epic', 'Track and resolve bugs related to the user interface.\n\nTest Image'],
    ['cloud', 'TEST-1', 'Bug', 'Test description'],
    ['cloud', 'ED-1', '', 'Main order flow broken'],
    ['datacenter', 'BTS-1', 'Epic', 'Track and resolve bugs related to the user interface.\n\n![Test Image](https://mockedteams.atlassian.net/secure/attachment/10001/test.jpg)'],
    ['datacenter', 'FOO-123', 'Epic', 'Some Issue Description'],
    ['datacenter', 'SAMPLEPROJECT-1', 'Task', ''],
  ] as const)('reads the real %s fixture %s', async (flavour, key, issueType, descriptionText) => {
    const { client } = await startHarness({ flavour });
    const issue = await client.getIssue(key);
    expect(issue).toMatchObject({ key, issueType, descriptionText });
  });

  it('refuses something that is not an issue key before any request', async () => {
    const { client, running } = await startHarness();
    await expect(client.getIssue('../myself')).rejects.toMatchObject({ kind: 'bad-request' });
    expect(running.mock.requests).toHaveLength(0);
  });
});

describe('team sharing', () => {
  it('writes the shared answer as an entity property with JSON and XSRF headers, then reads it inline', async () => {
    const { client, running } = await startHarness({ flavour: 'cloud' });
    await client.putSharedAnswer('SHOP-1', ANSWER);
    const put = running.mock.requests[0]!;
    expect(put).toMatchObject({ method: 'PUT', path: '/rest/api/3/issue/SHOP-1/properties/customer-benefit-check', query: {}, body: ANSWER });
    expect(put.headers).toMatchObject(WRITE_HEADERS);
    expect(running.mock.properties('SHOP-1')).toEqual({ 'customer-benefit-check': ANSWER });

    expect(await client.getSharedAnswer('SHOP-1')).toEqual({ status: 'valid', answer: ANSWER });
    expect(running.mock.requests[1]).toMatchObject({
      method: 'GET',
      path: '/rest/api/3/issue/SHOP-1',
      query: { fields: 'summary', properties: 'customer-benefit-check' },
    });
    expect((await client.getIssue('SHOP-1')).sharedAnswer).toEqual(ANSWER);
  });

  it('says "none" when nothing was shared yet', async () => {
    const { client } = await startHarness();
    expect(await client.getSharedAnswer('SHOP-2')).toEqual({ status: 'none' });
  });

  it('treats a property someone else wrote as untrusted input', async () => {
    const { client, running } = await startHarness({ flavour: 'datacenter' });
    await fetch(`${running.origin}/rest/api/2/issue/SHOP-1/properties/customer-benefit-check`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: 1, customer: 42, verdict: 'maybe' }),
    });
    const read = await client.getSharedAnswer('SHOP-1');
    expect(read.status).toBe('invalid');
    const issue = await client.getIssue('SHOP-1');
    expect(issue.sharedAnswer).toBeUndefined();
    expect(issue.sharedAnswerInvalid).toMatch(/customer/);
  });

  it('refuses an answer over 32768 characters without sending it', async () => {
    const { client, running } = await startHarness();
    const huge = { ...ANSWER, note: '\u0000'.repeat(2_000), customer: '"'.repeat(2_000), benefit: '\u0002'.repeat(2_000), evidence: '\u0001'.repeat(2_000) };
    const error = await client.putSharedAnswer('SHOP-1', huge).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JiraRestError);
    expect((error as JiraRestError).state).toMatchObject({ kind: 'too-large', limit: 32_768 });
    expect(running.mock.requests).toHaveLength(0);
  });

  it.each([
    [true, { add: 'customer-benefit-unclear' }, ['checkout', 'customer-benefit-unclear']],
    [false, { remove: 'customer-benefit-unclear' }, ['checkout']],
  ])('label write-back unclear=%s sends only an update operation', async (unclear, operation, labels) => {
    const { client, running } = await startHarness({ flavour: 'datacenter', contextPath: '/jira' });
    await client.setUnclearLabel('SHOP-1', true);
    await client.setUnclearLabel('SHOP-1', unclear);
    const last = running.mock.requests.at(-1)!;
    expect(last).toMatchObject({ method: 'PUT', path: '/jira/rest/api/2/issue/SHOP-1', query: {}, body: { update: { labels: [operation] } } });
    expect(last.headers).toMatchObject(WRITE_HEADERS);
    expect(running.mock.issue('SHOP-1')?.labels).toEqual(labels);
  });

  it.each([
    ['label write-back', 400, (client: import('@/lib/jira-rest/client').JiraClient) => client.setUnclearLabel('SHOP-1', true)],
    ['shared answer', 403, (client: import('@/lib/jira-rest/client').JiraClient) => client.putSharedAnswer('SHOP-1', ANSWER)],
  ])('a user without edit permission gets a forbidden state for %s (HTTP %i)', async (_name, status, write) => {
    const { client } = await startHarness({ canEdit: false });
    const error = await write(client).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JiraRestError);
    expect((error as JiraRestError).state).toMatchObject({ kind: 'forbidden', status });
  });

  it('the mock enforces the XSRF rule the client satisfies', async () => {
    const { running } = await startHarness();
    const response = await fetch(`${running.origin}/rest/api/3/issue/SHOP-1`, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('XSRF check failed');
  });
});

describe('getMyself', () => {
  it.each([
    ['cloud', '/rest/api/3/myself', { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Mia Krystof' }],
    ['datacenter', '/rest/api/2/myself', { name: 'mia', displayName: 'Mia Krystof' }],
  ] as const)('on %s reads %s for "shared by"', async (flavour, path, user) => {
    const { client, running } = await startHarness({ flavour });
    expect(await client.getMyself()).toEqual(user);
    expect(running.mock.requests[0]).toMatchObject({ method: 'GET', path, query: {} });
  });
});
