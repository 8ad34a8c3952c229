import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckRun } from '@/lib/sprint-check/protocol';
import { interruptStaleRuns, readRun, runArea, runKey, watchRun, writeRun } from '@/lib/sprint-check/run-store';

const SITE = 'https://acme.atlassian.net';
const run = (patch: Partial<CheckRun> = {}): CheckRun => ({
  version: 1, site: SITE, jql: 'project = SHOP', status: 'running', done: 0, skipped: 0, truncated: false,
  results: [], startedAt: 1, updatedAt: 1, ...patch,
});

describe('run store', () => {
  it('keeps runs in session storage, one per site, and ignores what does not validate', async () => {
    await writeRun(run({ done: 5 }));
    expect(runArea().name).toBe('session');
    expect((await fakeBrowser.storage.session.get(runKey(SITE)))[runKey(SITE)]).toMatchObject({ done: 5 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readRun(SITE)).toMatchObject({ done: 5 });
    await fakeBrowser.storage.session.set({ [runKey(SITE)]: { version: 1, done: 'many' } });
    expect(await readRun(SITE)).toBeNull();
  });

  it('watches one site’s run: now, then every change', async () => {
    await writeRun(run({ done: 1 }));
    const seen = vi.fn();
    const stop = watchRun(SITE, seen);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ done: 1 })));
    await writeRun(run({ done: 2 }));
    await writeRun(run({ site: 'https://other.atlassian.net', done: 9 }));
    expect(seen.mock.calls.map(([r]) => (r as CheckRun).done)).toEqual([1, 2]);
    stop();
    await writeRun(run({ done: 3 }));
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('falls back to local storage where there is no storage.session', async () => {
    const session = fakeBrowser.storage.session;
    Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
    try {
      await writeRun(run({ done: 4 }));
      expect(runArea().name).toBe('local');
      expect((await fakeBrowser.storage.local.get(runKey(SITE)))[runKey(SITE)]).toMatchObject({ done: 4 });
      const seen = vi.fn();
      watchRun(SITE, seen);
      await writeRun(run({ done: 6 }));
      await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ done: 6 })));
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'session', { value: session, configurable: true });
    }
  });

  it('marks a run a stopped background left running as failed, with the reason, and leaves finished ones', async () => {
    await writeRun(run({ done: 100 }));
    await writeRun(run({ site: 'https://other.atlassian.net', status: 'done', done: 3 }));
    await interruptStaleRuns(50);
    expect(await readRun(SITE)).toMatchObject({ status: 'failed', done: 100, updatedAt: 50, error: { en: expect.stringMatching(/saved/) } });
    expect(await readRun('https://other.atlassian.net')).toMatchObject({ status: 'done', updatedAt: 1 });
  });
});
