import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerMigrations, migrateAnswerV1ToV2, readAnswerRecord } from '@/lib/storage/answer-migrations';
import { ANSWER_VERSION, answerSchema } from '@/lib/storage/answer-schema';
import { quarantineEntrySchema } from '@/lib/storage/quarantine';
import { retroSessionsSchema } from '@/lib/storage/retro-schema';
import { SETTINGS_VERSION, migrateSettingsV1ToV2, settingsSchema } from '@/lib/storage/settings-schema';
import { getSettings, resetSettingsItemForTests, settingsMigrations } from '@/lib/storage/settings';
import { syncStatusSchema } from '@/lib/storage/sync-status';
import { answerV1 } from '../../fixtures/storage/answer/v1';
import { answerV2, answerV2WithUndo } from '../../fixtures/storage/answer/v2';
import { quarantineEntryV1 } from '../../fixtures/storage/quarantine-entry/v1';
import { retroSessionsV1 } from '../../fixtures/storage/retro-sessions/v1';
import { settingsV1 } from '../../fixtures/storage/settings/v1';
import { settingsV2 } from '../../fixtures/storage/settings/v2';
import { syncStatusV1 } from '../../fixtures/storage/sync-status/v1';

/** One fixture per stored version; the last one is the current shape. */
const answerFixtures: unknown[] = [answerV1, answerV2];
const settingsFixtures: unknown[] = [settingsV1, settingsV2];

describe('answer migrations', () => {
  it('has a fixture for every version and a step for every version after the first', () => {
    expect(answerFixtures).toHaveLength(ANSWER_VERSION);
    for (let v = 2; v <= ANSWER_VERSION; v++) expect(answerMigrations[v], `migration to v${v}`).toBeTypeOf('function');
  });

  it.each(answerFixtures.slice(1).map((fixture, i) => [i + 2, fixture]))('turns the v%i fixture’s predecessor into it', (v, fixture) => {
    const step = answerMigrations[v as number] as (old: unknown) => unknown;
    expect(step(answerFixtures[(v as number) - 2])).toEqual(fixture);
  });

  it('is pure and idempotent', () => {
    const input = structuredClone(answerV1);
    const once = migrateAnswerV1ToV2(input as never);
    expect(input).toEqual(answerV1);
    expect(migrateAnswerV1ToV2(once as never)).toEqual(once);
  });

  it('reads every fixture as the current shape', () => {
    for (const fixture of answerFixtures) {
      const read = readAnswerRecord(fixture);
      expect(read.kind).toBe('ok');
      expect(answerSchema.safeParse(read.kind === 'ok' ? read.value : null).success).toBe(true);
    }
    expect(readAnswerRecord(answerV2WithUndo)).toMatchObject({ kind: 'ok', migrated: false });
  });

  it('reports a future version instead of misreading it', () => {
    expect(readAnswerRecord({ ...answerV2, version: 9 })).toMatchObject({ kind: 'future', version: 9 });
  });
});

describe('settings migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
  });

  it('has a fixture per version and each step turns vN-1 into vN', () => {
    expect(settingsFixtures).toHaveLength(SETTINGS_VERSION);
    for (let v = 2; v <= SETTINGS_VERSION; v++) {
      const step = settingsMigrations[v] as (old: unknown) => unknown;
      expect(step(settingsFixtures[v - 2])).toEqual(settingsFixtures[v - 1]);
    }
    expect(migrateSettingsV1ToV2(migrateSettingsV1ToV2(settingsV1) as never)).toEqual(settingsV2);
  });

  it('migrates a stored v1 (no WXT metadata) through defineItem on first read', async () => {
    await fakeBrowser.storage.local.set({ settings: settingsV1 });
    expect(await getSettings()).toEqual(settingsV2);
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored).toEqual({ settings: settingsV2, settings$: { v: 2 } });
    expect(settingsSchema.safeParse(stored.settings).success).toBe(true);
  });
});

describe('single-version shapes parse their fixture', () => {
  it.each([
    ['retro sessions', retroSessionsSchema, retroSessionsV1],
    ['sync status', syncStatusSchema, syncStatusV1],
    ['quarantine entry', quarantineEntrySchema, quarantineEntryV1],
  ] as const)('%s v1', (_name, schema, fixture) => {
    expect(schema.safeParse(fixture).success).toBe(true);
  });
});
