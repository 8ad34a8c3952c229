import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRefKey } from '@/lib/storage/answer-merge';
import { createAnswerStore } from '@/lib/storage/answer-store';
import { listAnswers } from '@/lib/storage/answers';
import { listQuarantine } from '@/lib/storage/quarantine';
import { SYNC_LIMITS, SYNC_QUOTA_ERRORS, syncBytesInUse } from '@/lib/storage/quota';
import { DEFAULT_WRITE_LIMITS } from '@/lib/storage/rate-limit';
import { resetSettingsItemForTests, updateSettings } from '@/lib/storage/settings';
import { encodeChunk } from '@/lib/storage/sync-codec';
import { type SyncMirror, startSyncMirror } from '@/lib/storage/sync-mirror';
import { getAnswerSyncState, getSyncStatus, resetSyncStatusItemForTests } from '@/lib/storage/sync-status';
import { asLocalItems, typicalAnswer } from './helpers';
import { type QuotaDouble, installSyncQuotas } from './sync-quota-double';

const FAST = { minIntervalMs: 0, perMinute: 10_000, perHour: 100_000 };
const T0 = 1_736_000_000_000;

describe('sync mirror', () => {
  let now = T0;
  let double: QuotaDouble;
  let mirror: SyncMirror | null = null;
  const sync = fakeBrowser.storage.sync;
  const clock = (): number => now;
  const start = (writeLimits = FAST): SyncMirror => (mirror = startSyncMirror({ clock, debounceMs: 0, writeLimits }));

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fakeBrowser.reset();
    resetSettingsItemForTests();
    resetSyncStatusItemForTests();
    now = T0;
    double = installSyncQuotas(sync, { clock });
  });
  afterEach(() => {
    mirror?.stop();
    mirror = null;
    double.uninstall();
    vi.useRealTimers();
  });

  it('mirrors local answers into sync and marks them synced', async () => {
    const store = createAnswerStore(clock);
    await store.save({ site: 'https://acme.atlassian.net', key: 'SHOP-1' }, { customer: 'Agents' });
    await start().flushNow();
    expect(Object.keys(await sync.get(null))).toEqual(['a:0']);
    expect(await getAnswerSyncState({ site: 'https://acme.atlassian.net', key: 'SHOP-1' })).toBe('synced');
  });

  it('keeps 400 typical answers in sync, and evicts the oldest of 1,000 to "this device only"', async () => {
    const answers = Array.from({ length: 1_000 }, (_, i) => typicalAnswer(i, T0 - i * 60_000));
    await fakeBrowser.storage.local.set(asLocalItems(answers));
    await start().flushNow();
    const status = await getSyncStatus();
    const synced = Object.keys(status.synced).length;
    expect(synced).toBeGreaterThanOrEqual(400);
    expect(synced + Object.keys(status.deviceOnly).length).toBe(1_000);
    expect(syncBytesInUse(await sync.get(null))).toBeLessThanOrEqual(SYNC_LIMITS.QUOTA_BYTES);
    // Most recent first: every synced answer is newer than every device-only one.
    const oldestSynced = Math.min(...Object.values(status.synced));
    expect(Math.max(...Object.values(status.deviceOnly))).toBeLessThan(oldestSynced);
    expect(await getAnswerSyncState(answers[999]!)).toBe('device-only');
    expect(await listAnswers()).toHaveLength(1_000); // evicted answers stay in local

    // Editing an evicted answer makes it the most recent: pending, then synced.
    now += 60_000;
    await createAnswerStore(clock).save(answers[999]!, { note: 'revisited' });
    expect(await getAnswerSyncState(answers[999]!)).toBe('pending');
    await mirror!.flushNow();
    expect(await getAnswerSyncState(answers[999]!)).toBe('synced');
  }, 30_000);

  it('rewrites only the chunk of the edited answer', async () => {
    const answers = Array.from({ length: 150 }, (_, i) => typicalAnswer(i, T0 - i * 60_000));
    await fakeBrowser.storage.local.set(asLocalItems(answers));
    await start().flushNow();
    const before = await sync.get(null);
    expect(Object.keys(before).length).toBeGreaterThan(2);
    const setSpy = vi.spyOn(sync, 'set');
    now += 1_000;
    await createAnswerStore(clock).save(answers[80]!, { benefit: 'Refunds in one step' });
    await mirror!.flushNow();
    expect(setSpy).toHaveBeenCalledTimes(1);
    expect(Object.keys(setSpy.mock.calls[0]![0])).toHaveLength(1);
  });

  it('keeps a write sync refuses in local and retries it later', async () => {
    double.uninstall();
    double = installSyncQuotas(sync, { clock, limits: { ...SYNC_LIMITS, QUOTA_BYTES: 50 } });
    const ref = { site: 'https://acme.atlassian.net', key: 'SHOP-9' };
    await createAnswerStore(clock).save(ref, { customer: 'Warehouse staff picking returns' });
    await start().flushNow();
    let status = await getSyncStatus();
    expect(status.lastError).toBe(SYNC_QUOTA_ERRORS.bytes);
    expect(status.retryAt).toBeGreaterThan(now);
    expect(await getAnswerSyncState(ref)).toBe('pending');
    expect((await listAnswers())[0]?.customer).toBe('Warehouse staff picking returns');

    double.uninstall(); // room again (another browser freed space)
    double = installSyncQuotas(sync, { clock });
    await vi.runOnlyPendingTimersAsync();
    await mirror!.flushNow();
    status = await getSyncStatus();
    expect(status.lastError).toBeNull();
    expect(await getAnswerSyncState(ref)).toBe('synced');
  });

  it('backs off a minute when sync says too many writes', async () => {
    vi.spyOn(sync, 'set').mockRejectedValueOnce(new Error(SYNC_QUOTA_ERRORS.perMinute));
    await createAnswerStore(clock).save({ site: 's', key: 'K-1' }, { note: 'n' });
    await start().flushNow();
    expect((await getSyncStatus()).retryAt).toBe(now + 60_000);
  });

  it('never exceeds the write limits while someone types for ten minutes', async () => {
    start(DEFAULT_WRITE_LIMITS);
    const store = createAnswerStore(clock);
    const ref = { site: 'https://acme.atlassian.net', key: 'SHOP-1' };
    for (let i = 0; i < 1_500; i++) {
      now += 400; // the panel's debounce: one save per pause
      await store.save(ref, { benefit: `draft ${i}` });
      await vi.advanceTimersByTimeAsync(400);
    }
    // Typing stopped: within a few write intervals the last words are in sync.
    for (let i = 0; i < 3; i++) {
      now += 5_000;
      await vi.advanceTimersByTimeAsync(5_000);
      await mirror!.flushNow();
    }
    expect((await getSyncStatus()).lastError).toBeNull();
    expect(double.writes()).toBeLessThanOrEqual(10 * 15 + 2); // one per 4 s at most
    expect(double.writes()).toBeGreaterThan(10); // it does sync while typing, in batches
    expect(await getAnswerSyncState(ref)).toBe('synced');
  }, 60_000);

  it('merges answers arriving from another browser into local, field by field', async () => {
    const ref = { site: 'https://acme.atlassian.net', key: 'SHOP-5' };
    const store = createAnswerStore(clock);
    await store.save(ref, { customer: 'Local customer', note: 'local note' });
    const local = (await store.get(ref))!;
    const remote = { ...local, customer: 'Remote customer', updatedAt: now + 10, fieldUpdatedAt: { ...local.fieldUpdatedAt, customer: now + 10 } };
    remote.note = 'older remote note';
    remote.fieldUpdatedAt.note = now - 10;
    await sync.set({ 'a:3': await encodeChunk([remote]) });
    await start().flushNow();
    const merged = await store.get(ref);
    expect(merged).toMatchObject({ customer: 'Remote customer', note: 'local note' });
    expect(merged?.undo).toMatchObject({ field: 'customer', value: 'Local customer' });
  });

  it('leaves sync alone when answers are kept on this device only', async () => {
    await updateSettings({ keepAnswersOnDeviceOnly: true });
    const ref = { site: 's', key: 'K-2' };
    await createAnswerStore(clock).save(ref, { customer: 'c' });
    await start().flushNow();
    expect(await sync.get(null)).toEqual({});
    expect(await getAnswerSyncState(ref)).toBe('device-only');
  });

  it('quarantines an unreadable chunk and leaves a newer build’s chunk alone', async () => {
    await sync.set({ 'a:0': '1garbage!!', 'a:1': '9from-the-future', other: { mine: false } });
    await createAnswerStore(clock).save({ site: 's', key: 'K-3' }, { customer: 'c' });
    await start().flushNow();
    const inSync = await sync.get(null);
    expect(inSync['a:1']).toBe('9from-the-future');
    expect(inSync.other).toEqual({ mine: false });
    expect(inSync['a:0']).not.toBe('1garbage!!');
    expect((await listQuarantine()).map((e) => [e.area, e.key])).toEqual([['sync', 'a:0']]);
    expect(Object.keys((await getSyncStatus()).synced)).toEqual([answerRefKey({ site: 's', key: 'K-3' })]);
  });
});
