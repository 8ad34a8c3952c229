import { z } from 'zod/mini';

const settingsFieldsV1 = {
  /** The panel shows only its header. */
  panelCollapsed: z.boolean(),
  /** Interface language; `auto` follows the browser. */
  language: z.enum(['auto', 'en', 'pl']),
};

export const settingsSchemaV1 = z.object({ version: z.literal(1), ...settingsFieldsV1 });
export type SettingsV1 = z.infer<typeof settingsSchemaV1>;

/** Version 2 adds the choice to keep answers out of browser sync (issue 4). */
export const settingsSchema = z.object({
  version: z.literal(2),
  ...settingsFieldsV1,
  /** Answers stay in this browser's local storage and are neither sent to nor taken from sync. @default false */
  keepAnswersOnDeviceOnly: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = {
  version: 2,
  panelCollapsed: false,
  language: 'auto',
  keepAnswersOnDeviceOnly: false,
};

/** v1 → v2: sync stays on, as it was before the setting existed. */
export function migrateSettingsV1ToV2(old: SettingsV1): Settings {
  // Garbage (a string, an array) passes through untouched, so validation quarantines it as it was
  // instead of spreading it into a half-valid object.
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old as unknown as Settings;
  return { ...old, version: 2, keepAnswersOnDeviceOnly: false };
}
