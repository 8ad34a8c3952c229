import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings } from '@/lib/storage/settings';
import { DEFAULT_SETTINGS, migrateSettingsV1ToV2 } from '@/lib/storage/settings-schema';

describe('settings read from garbage', () => {
  it('the v1 → v2 migration leaves non-objects untouched, so they are quarantined as they were', () => {
    for (const garbage of ['not settings', 42, null, [1, 2]]) {
      expect(migrateSettingsV1ToV2(garbage as never)).toBe(garbage);
    }
  });

  it('garbage in storage reads as the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not settings' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
