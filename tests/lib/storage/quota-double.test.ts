import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_LIMITS, SYNC_QUOTA_ERRORS, syncItemBytes, syncQuotaKind } from '@/lib/storage/quota';
import { type QuotaDouble, installSyncQuotas } from './sync-quota-double';

describe('sync quota double', () => {
  let now = 0;
  let double: QuotaDouble;
  const sync = fakeBrowser.storage.sync;

  beforeEach(() => {
    fakeBrowser.reset();
    now = 1_000_000;
    double = installSyncQuotas(sync, { clock: () => now });
  });
  afterEach(() => double.uninstall());

  it('counts bytes as Chrome does: key plus JSON of the value', () => {
    expect(syncItemBytes('a:0', 'xyz')).toBe(3 + 5);
    expect(syncItemBytes('k', { a: 1 })).toBe(1 + 7);
    expect(syncItemBytes('k', 'ł')).toBe(1 + 4); // UTF-8
  });

  it('refuses an item over 8,192 bytes', async () => {
    await expect(sync.set({ k: 'x'.repeat(8_192) })).rejects.toThrow(SYNC_QUOTA_ERRORS.perItem);
    await expect(sync.set({ k: 'x'.repeat(8_192 - 3) })).resolves.toBeUndefined();
  });

  it('refuses to go over 102,400 bytes in all', async () => {
    for (let i = 0; i < 12; i++) await sync.set({ [`k${i}`]: 'x'.repeat(8_000) });
    await expect(sync.set({ k99: 'x'.repeat(8_000) })).rejects.toThrow(SYNC_QUOTA_ERRORS.bytes);
    expect(Object.keys(await sync.get(null))).toHaveLength(12);
  });

  it('refuses a 513th item', async () => {
    const items = Object.fromEntries(Array.from({ length: SYNC_LIMITS.MAX_ITEMS }, (_, i) => [`k${i}`, 1]));
    await sync.set(items);
    await expect(sync.set({ one: 1 })).rejects.toThrow(SYNC_QUOTA_ERRORS.items);
  });

  it('refuses the 121st write in a minute and the 1,801st in an hour', async () => {
    for (let i = 0; i < 120; i++) await sync.set({ k: i });
    await expect(sync.set({ k: 'late' })).rejects.toThrow(SYNC_QUOTA_ERRORS.perMinute);
    for (let minute = 1; minute < 15; minute++) {
      now += 60_001;
      for (let i = 0; i < 120; i++) await sync.set({ k: i });
    }
    now += 60_001;
    await expect(sync.remove('k')).rejects.toThrow(SYNC_QUOTA_ERRORS.perHour);
    expect(double.writes()).toBe(1_800);
  });

  it.each([
    ['bytes', SYNC_QUOTA_ERRORS.bytes],
    ['perItem', SYNC_QUOTA_ERRORS.perItem],
    ['items', SYNC_QUOTA_ERRORS.items],
    ['perMinute', SYNC_QUOTA_ERRORS.perMinute],
    ['perHour', SYNC_QUOTA_ERRORS.perHour],
    [null, 'Network down'],
  ])('names the limit %s in "%s"', (kind, message) => {
    expect(syncQuotaKind(new Error(message))).toBe(kind);
  });
});
