import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckRunner } from '@/lib/sprint-check/runner';
import { createCheckMessageHandler } from '@/lib/sprint-check/serve';

const START = {
  type: 'cbc:check-start', tabId: 7, site: 'https://jira.acme.com/jira', origin: 'https://jira.acme.com', contextPath: '/jira',
  flavour: 'datacenter', jql: 'project = PAY',
};

function listen(): CheckRunner & { start: ReturnType<typeof vi.fn>; cancel: ReturnType<typeof vi.fn> } {
  const runner = { start: vi.fn(async () => ({ ok: true as const })), cancel: vi.fn(() => true), settled: vi.fn(async () => {}) };
  fakeBrowser.runtime.onMessage.addListener(createCheckMessageHandler(runner));
  return runner;
}

describe('check messages in the background', () => {
  it('starts a valid check and cancels by site', async () => {
    const runner = listen();
    await expect(fakeBrowser.runtime.sendMessage(START)).resolves.toEqual({ ok: true });
    expect(runner.start).toHaveBeenCalledWith(START);
    await expect(fakeBrowser.runtime.sendMessage({ type: 'cbc:check-cancel', site: START.site })).resolves.toEqual({ ok: true, cancelled: true });
    expect(runner.cancel).toHaveBeenCalledWith(START.site);
  });

  it.each([
    ['a foreign origin', { origin: 'not a url' }],
    ['a context path with a query', { contextPath: '/jira?x=1' }],
    ['an unknown flavour', { flavour: 'server' }],
    ['empty JQL', { jql: '' }],
    ['no tab', { tabId: 0 }],
  ])('refuses %s without starting', async (_what, patch) => {
    const runner = listen();
    const reply = await fakeBrowser.runtime.sendMessage({ ...START, ...patch });
    expect(reply).toMatchObject({ ok: false, message: { en: expect.any(String), pl: expect.any(String) } });
    expect(runner.start).not.toHaveBeenCalled();
  });

  it('leaves other messages to other listeners', () => {
    const handler = createCheckMessageHandler(listen());
    const sendResponse = vi.fn();
    expect(handler({ type: 'cbc:get-issue-data' }, {}, sendResponse)).toBeUndefined();
    expect(handler(null, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });
});
