import { browser } from 'wxt/browser';
import { z } from 'zod/mini';

export const settingsSchema = z.object({
  version: z.literal(1),
  /** The panel shows only its header. */
  panelCollapsed: z.boolean(),
  /** Interface language; `auto` follows the browser. */
  language: z.enum(['auto', 'en', 'pl']),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { version: 1, panelCollapsed: false, language: 'auto' };
const KEY = 'settings';

function parseSettings(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function updateSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && KEY in changes) callback(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
