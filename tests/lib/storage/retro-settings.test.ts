import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countQuarantined } from '@/lib/storage/quarantine';
import {
  deleteRetroSession,
  emptyRetroSession,
  listRetroSessions,
  resetRetroSessionsItemForTests,
  saveRetroSession,
} from '@/lib/storage/retro-sessions';
import { DEFAULT_SETTINGS, getSettings, resetSettingsItemForTests, updateSettings, watchSettings } from '@/lib/storage/settings';
import { retroSessionsV1 } from '../../fixtures/storage/retro-sessions/v1';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
  });

  it('defaults, updates and tells watchers', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.keepAnswersOnDeviceOnly));
    await updateSettings({ keepAnswersOnDeviceOnly: true });
    stop();
    expect(seen).toEqual([true]);
    expect((await getSettings()).keepAnswersOnDeviceOnly).toBe(true);
  });

  it('falls back to defaults on corrupt settings and keeps the raw value in quarantine', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 2, language: 'klingon' }, settings$: { v: 2 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await countQuarantined()).toBe(1);
  });
});

describe('retro sessions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetRetroSessionsItemForTests();
  });

  it('saves, lists newest first and deletes', async () => {
    await saveRetroSession(emptyRetroSession('a', '2025-01-03', 1), 10);
    await saveRetroSession({ ...emptyRetroSession('b', '2025-02-14', 1), teamName: 'Checkout' }, 20);
    expect((await listRetroSessions()).map((s) => s.id)).toEqual(['b', 'a']);
    await deleteRetroSession('a');
    expect((await listRetroSessions()).map((s) => s.id)).toEqual(['b']);
  });

  it('reads the v1 fixture', async () => {
    await fakeBrowser.storage.local.set({ retroSessions: retroSessionsV1 });
    expect(await listRetroSessions()).toEqual(retroSessionsV1.sessions);
  });

  it('keeps the good sessions when one is damaged, and quarantines the item', async () => {
    await fakeBrowser.storage.local.set({ retroSessions: { version: 1, sessions: [...retroSessionsV1.sessions, { id: 'broken' }] } });
    expect((await listRetroSessions()).map((s) => s.id)).toEqual(['retro-2025-01-17']);
    expect(await countQuarantined()).toBe(1);
  });

  it('does not overwrite sessions from a newer version', async () => {
    await fakeBrowser.storage.local.set({ retroSessions: { version: 5, sessions: 'new shape' } });
    expect(await listRetroSessions()).toEqual([]);
    await expect(saveRetroSession(emptyRetroSession('x', '2025-03-01', 1))).rejects.toThrow(/newer version/);
    expect((await fakeBrowser.storage.local.get('retroSessions')).retroSessions).toEqual({ version: 5, sessions: 'new shape' });
  });
});
