import { type WxtStorageItem, storage } from 'wxt/utils/storage';
import { type Settings, DEFAULT_SETTINGS, SETTINGS_VERSION, migrateSettingsV1ToV2, settingsSchema } from './settings-schema';
import { type Migrations, readVersioned } from './versioned';
import { quarantineRecord } from './quarantine';

export { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings-schema';

export const settingsMigrations: Migrations = { 2: migrateSettingsV1ToV2 };

type SettingsItem = WxtStorageItem<unknown, Record<string, unknown>>;

let item: SettingsItem | null = null;

function defineSettingsItem(): SettingsItem {
  return storage.defineItem<unknown>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: settingsMigrations,
  });
}

/** Defined on first use: defineItem starts migrations at once, and entrypoints are imported in Node at build. */
function settingsItem(): SettingsItem {
  item ??= defineSettingsItem();
  return item;
}

const shape = { name: 'settings', current: SETTINGS_VERSION, schema: settingsSchema, migrations: settingsMigrations };

/** Re-validates after WXT's migrations (their errors are only logged); bad or newer settings are quarantined. */
function parseSettings(raw: unknown): Settings {
  const read = readVersioned(raw, shape);
  if (read.kind === 'ok') return read.value;
  const kind = read.kind === 'future' ? 'future-version' : 'invalid';
  void quarantineRecord({ area: 'local', key: 'settings' }, raw, kind, read.reason, { keepOriginal: true }).catch(
    (error: unknown) => console.warn('[storage] could not quarantine settings', error),
  );
  return DEFAULT_SETTINGS;
}

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem().getValue());
}

export async function updateSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next: Settings = { ...(await getSettings()), ...patch, version: SETTINGS_VERSION };
  await settingsItem().setValue(next);
  // A newer build's settings were copied to quarantine on read; say which shape is stored now.
  await settingsItem().setMeta({ v: SETTINGS_VERSION });
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => callback(parseSettings(value)));
}

/** For tests that re-define the item after seeding a stored version. */
export function resetSettingsItemForTests(): void {
  item = null;
}
