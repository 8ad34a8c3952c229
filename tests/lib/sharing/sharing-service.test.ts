// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHARING_MESSAGE } from '@/lib/sharing/protocol';
import { handleSharingMessage, resetSharingServiceForTests } from '@/lib/sharing/serve';
import { pullSharedAnswer, pushSharedAnswer, type SharingDeps } from '@/lib/sharing/service';
import { SHARING_OFF, type SiteSharingChoice } from '@/lib/sharing/site-sharing';
import { createAnswerStore } from '@/lib/storage/answer-store';
import type { JiraRestMockOptions } from '@/demo/jira-rest-mock';
import { type Harness, startHarness } from '../jira-rest/mock-setup';

const CLOUD_PROPERTY = '/rest/api/3/issue/SHOP-1/properties/customer-benefit-check';
const DC_PROPERTY = '/jira/rest/api/2/issue/SHOP-1/properties/customer-benefit-check';
const ISSUE_QUERY = { fields: 'summary,description,issuetype,labels,status', properties: 'customer-benefit-check' };
const WRITE_HEADERS = { accept: 'application/json', 'content-type': 'application/json', 'x-atlassian-token': 'no-check' };
const ON: SiteSharingChoice = { shareThroughJira: true, writeUnclearLabel: false };
const WITH_LABEL: SiteSharingChoice = { shareThroughJira: true, writeUnclearLabel: true };
const ANA = { accountId: 'acc-ana', displayName: 'Ana Kowalska' };

interface Setup {
  harness: Harness;
  deps: SharingDeps;
  ref: { site: string; key: string };
  answers: ReturnType<typeof createAnswerStore>;
  me: ReturnType<typeof vi.fn>;
}

async function setup(choice: SiteSharingChoice, options: Partial<JiraRestMockOptions> = {}): Promise<Setup> {
  const harness = await startHarness(options);
  const answers = createAnswerStore();
  const me = vi.fn(async () => ({ accountId: 'acc-mia', displayName: 'Mia Krystof' }));
  const ref = { site: harness.running.origin + (options.contextPath ?? ''), key: 'SHOP-1' };
  return { harness, answers, me, ref, deps: { client: harness.client, answers, choice, me } };
}

/** Puts an answer into Jira as a teammate would, bypassing the service. */
async function teammateShares(harness: Harness, fields: Record<string, unknown>, updatedAt: number): Promise<void> {
  await harness.client.putSharedAnswer('SHOP-1', {
    version: 1,
    customer: '',
    benefit: '',
    evidence: '',
    note: '',
    verdict: null,
    updatedAt,
    sharedBy: ANA,
    ...fields,
  });
  harness.running.mock.reset();
}

describe('team sharing service against the Jira mock over HTTP', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSharingServiceForTests();
  });

  it('does not ask Jira anything while sharing is off for the site', async () => {
    const { harness, deps, ref, answers } = await setup(SHARING_OFF);
    await answers.save(ref, { customer: 'Shoppers' });
    expect(await pullSharedAnswer(ref, deps)).toEqual({ off: true });
    expect(await pushSharedAnswer(ref, deps)).toEqual({ off: true });
    expect(harness.running.mock.requests).toEqual([]);
  });

  it('push: reads the issue with the property inlined, then PUTs the answer with the exact headers and body (Cloud v3)', async () => {
    const { harness, deps, ref, answers, me } = await setup(ON);
    const saved = await answers.save(ref, { customer: 'Returning shoppers', benefit: 'Pay in one step', verdict: 'clear' }, { now: 1_700_000_000_000 });
    const outcome = await pushSharedAnswer(ref, deps);
    const expectedBody = {
      version: 1,
      customer: 'Returning shoppers',
      benefit: 'Pay in one step',
      evidence: '',
      verdict: 'clear',
      note: '',
      updatedAt: saved.updatedAt,
      fieldUpdatedAt: { customer: saved.updatedAt, benefit: saved.updatedAt, verdict: saved.updatedAt },
      sharedBy: { accountId: 'acc-mia', displayName: 'Mia Krystof' },
    };
    expect(outcome).toEqual({ pushed: true, shared: { by: 'Mia Krystof', at: saved.updatedAt } });
    const [read, write, ...rest] = harness.running.mock.requests;
    expect(read).toMatchObject({ method: 'GET', path: '/rest/api/3/issue/SHOP-1', query: ISSUE_QUERY, body: undefined });
    expect(write).toMatchObject({ method: 'PUT', path: CLOUD_PROPERTY, query: {}, body: expectedBody });
    expect(write!.headers).toMatchObject(WRITE_HEADERS);
    expect(rest).toEqual([]);
    expect(harness.running.mock.properties('SHOP-1')).toEqual({ 'customer-benefit-check': expectedBody });
    expect(me).toHaveBeenCalledTimes(1);
  });

  it('push on Data Center goes to /jira/rest/api/2 and does not PUT again when Jira already has the answer', async () => {
    const { harness, deps, ref, answers } = await setup(ON, { flavour: 'datacenter', contextPath: '/jira' });
    await answers.save(ref, { customer: 'Cashiers' });
    await pushSharedAnswer(ref, deps);
    expect(harness.running.mock.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /jira/rest/api/2/issue/SHOP-1', `PUT ${DC_PROPERTY}`]);
    expect(harness.running.mock.requests[1]!.headers).toMatchObject(WRITE_HEADERS);
    harness.running.mock.reset();
    expect(await pushSharedAnswer(ref, deps)).toMatchObject({ shared: { by: 'Mia Krystof' } });
    expect(harness.running.mock.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('pull: a newer answer in Jira replaces the local one, which stays undoable, and says who shared it', async () => {
    const { harness, deps, ref, answers } = await setup(ON);
    await answers.save(ref, { customer: 'Users', note: 'mine' }, { now: 1_000 });
    await teammateShares(harness, { customer: 'Returning shoppers', note: 'mine' }, 5_000);
    const outcome = await pullSharedAnswer(ref, deps);
    expect(outcome).toEqual({ shared: { by: 'Ana Kowalska', at: 5_000 }, replaced: { customer: 'Users' } });
    expect(await answers.get(ref)).toMatchObject({
      customer: 'Returning shoppers',
      note: 'mine',
      fieldUpdatedAt: { customer: 5_000, note: 1_000 },
      undo: { field: 'customer', value: 'Users', at: 1_000 },
    });
    expect(harness.running.mock.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('pull: an older answer in Jira leaves the local one alone and writes nothing', async () => {
    const { harness, deps, ref, answers } = await setup(ON);
    await answers.save(ref, { customer: 'Users' }, { now: 9_000 });
    await teammateShares(harness, { customer: 'Returning shoppers' }, 5_000);
    expect(await pullSharedAnswer(ref, deps)).toEqual({ shared: { by: 'Ana Kowalska', at: 5_000 } });
    expect((await answers.get(ref))?.customer).toBe('Users');
    expect(harness.running.mock.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it.each([
    ['wrong shape', { hello: 'world' }],
    ['HTML in a field', { version: 1, customer: '<img src=x onerror=alert(1)>', benefit: 7 }],
    ['a field far over the length limit', { version: 1, customer: 'x'.repeat(20_000), benefit: '', evidence: '', note: '', verdict: null, updatedAt: 9e12 }],
  ])('pull: an invalid property (%s) is reported and ignored', async (_name, value) => {
    const { harness, deps, ref, answers } = await setup(ON);
    await answers.save(ref, { customer: 'Users' }, { now: 1_000 });
    await fetch(`${harness.running.origin}${CLOUD_PROPERTY}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(value),
    });
    expect(await pullSharedAnswer(ref, deps)).toEqual({ invalid: true });
    expect((await answers.get(ref))?.customer).toBe('Users');
  });

  it('push replaces an invalid property with the valid local answer', async () => {
    const { harness, deps, ref, answers } = await setup(ON);
    await answers.save(ref, { customer: 'Users' });
    await fetch(`${harness.running.origin}${CLOUD_PROPERTY}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"version":2}' });
    expect(await pushSharedAnswer(ref, deps)).toMatchObject({ pushed: true });
    expect(harness.running.mock.properties('SHOP-1')['customer-benefit-check']).toMatchObject({ version: 1, customer: 'Users' });
  });

  it.each([
    ['team says unclear: adds the label', { verdict: 'unclear' as const }, ['checkout'], { add: 'customer-benefit-unclear' }, ['checkout', 'customer-benefit-unclear'], 'added'],
    ['team says clear: removes it', { verdict: 'clear' as const }, ['checkout', 'customer-benefit-unclear'], { remove: 'customer-benefit-unclear' }, ['checkout'], 'removed'],
  ])('label write-back, %s', async (_name, patch, before, operation, after, label) => {
    const { harness, deps, ref, answers } = await setup(WITH_LABEL);
    harness.running.mock.issue('SHOP-1')!.labels = before;
    await answers.save(ref, patch);
    expect(await pushSharedAnswer(ref, deps)).toMatchObject({ pushed: true, label });
    const edit = harness.running.mock.requests.at(-1)!;
    expect(edit).toMatchObject({ method: 'PUT', path: '/rest/api/3/issue/SHOP-1', query: {}, body: { update: { labels: [operation] } } });
    expect(edit.headers).toMatchObject(WRITE_HEADERS);
    expect(harness.running.mock.issue('SHOP-1')!.labels).toEqual(after);
  });

  it('label write-back follows the analyzer while the team has not decided, and leaves a label that is already right', async () => {
    const { harness, deps, ref, answers } = await setup(WITH_LABEL);
    await answers.save(ref, { customer: 'Users' }, { analysis: { verdict: 'unclear', score: 0.2, flags: ['customer-vague'] } });
    expect(await pushSharedAnswer(ref, deps)).toMatchObject({ label: 'added' });
    harness.running.mock.reset();
    const again = await pushSharedAnswer(ref, deps);
    expect(again.label).toBeUndefined();
    expect(harness.running.mock.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('no label without the label switch, and none while neither the team nor the analyzer has judged', async () => {
    const { harness, deps, ref, answers } = await setup(WITH_LABEL);
    await answers.save(ref, { customer: 'Users' });
    await pushSharedAnswer(ref, deps);
    expect(harness.running.mock.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /rest/api/3/issue/SHOP-1', `PUT ${CLOUD_PROPERTY}`]);
    const off = await setup(ON);
    await off.answers.save(off.ref, { verdict: 'unclear' });
    await pushSharedAnswer(off.ref, off.deps);
    expect(off.harness.running.mock.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([CLOUD_PROPERTY]);
  });

  it.each([
    ['no "Edit issues" (403 on the property)', { canEdit: false }, 'forbidden', 403],
    ['logged out (401)', {}, 'logged-out', 401],
  ])('a failed write, %s, throws a clear state and keeps the local answer', async (_name, options, kind, status) => {
    const { harness, deps, ref, answers } = await setup(ON, options);
    await answers.save(ref, { customer: 'Returning shoppers' });
    if (status === 401) harness.running.mock.failNext({ type: 'status', status: 401 }, { when: (r) => r.method === 'PUT' });
    const error = await pushSharedAnswer(ref, deps).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ state: { kind, status } });
    expect((await answers.get(ref))?.customer).toBe('Returning shoppers');
    expect(harness.running.mock.properties('SHOP-1')).toEqual({});
  });
});

describe('the background message handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSharingServiceForTests();
  });

  const request = { type: SHARING_MESSAGE, op: 'push', origin: 'https://acme.atlassian.net', contextPath: '', flavour: 'cloud', key: 'SHOP-1' };

  it('leaves malformed messages and messages without a tab to other listeners', () => {
    const sendResponse = vi.fn();
    expect(handleSharingMessage({ ...request, key: 'shop 1' }, { tab: { id: 1 } }, sendResponse)).toBeUndefined();
    expect(handleSharingMessage({ ...request, op: 'delete' }, { tab: { id: 1 } }, sendResponse)).toBeUndefined();
    expect(handleSharingMessage({ ...request, origin: 'javascript:alert(1)' }, { tab: { id: 1 } }, sendResponse)).toBeUndefined();
    expect(handleSharingMessage(request, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('reads the site’s choice from storage itself: with sharing off, the tab is never asked to fetch', async () => {
    const tabMessages = vi.fn();
    fakeBrowser.tabs.sendMessage = tabMessages as never;
    const reply = await new Promise((resolve) => expect(handleSharingMessage(request, { tab: { id: 7 } }, resolve)).toBe(true));
    expect(reply).toEqual({ ok: true, off: true });
    expect(tabMessages).not.toHaveBeenCalled();
  });
});
