import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { shortHash } from './hash';

/**
 * Records that failed validation (corrupt, hand-written, or from a newer build) land here with their
 * raw value, so nothing is silently dropped and no reader crashes on them. Issue 4.
 */
export const quarantineEntrySchema = z.object({
  version: z.literal(1),
  area: z.enum(['local', 'sync']),
  /** The storage key the record was found under. */
  key: z.string(),
  kind: z.enum(['invalid', 'future-version']),
  reason: z.string(),
  raw: z.unknown(),
  at: z.number(),
});

export type QuarantineEntry = z.infer<typeof quarantineEntrySchema>;
export type QuarantineKind = QuarantineEntry['kind'];

export const QUARANTINE_PREFIX = 'quarantine:';

export interface QuarantineSource {
  area: 'local' | 'sync';
  key: string;
}

/** The same raw value under the same key always gets the same entry, so repeated reads add nothing. */
export function quarantineKey(source: QuarantineSource, raw: unknown): string {
  return `${QUARANTINE_PREFIX}${source.area}:${source.key}#${shortHash(JSON.stringify(raw) ?? 'undefined')}`;
}

export interface QuarantineOptions {
  /** Leave the record where it is (a newer build's record must not be overwritten or dropped). */
  keepOriginal?: boolean;
  now?: number;
}

/** Copies a failed record into quarantine and, unless told otherwise, removes it from its key. */
export async function quarantineRecord(
  source: QuarantineSource,
  raw: unknown,
  kind: QuarantineKind,
  reason: string,
  options: QuarantineOptions = {},
): Promise<void> {
  const entry: QuarantineEntry = {
    version: 1,
    area: source.area,
    key: source.key,
    kind,
    reason,
    raw: raw ?? null,
    at: options.now ?? Date.now(),
  };
  const key = quarantineKey(source, raw);
  const existing = await browser.storage.local.get(key);
  if (existing[key] === undefined) await browser.storage.local.set({ [key]: entry });
  if (options.keepOriginal || source.area !== 'local') return;
  // Remove only if the key still holds what we judged: another tab may have written a good record since.
  const now = await browser.storage.local.get(source.key);
  if (JSON.stringify(now[source.key]) === JSON.stringify(raw)) await browser.storage.local.remove(source.key);
}

function isQuarantineKey(key: string): boolean {
  return key.startsWith(QUARANTINE_PREFIX);
}

/** Every quarantined record; a damaged entry is still listed, as raw as it is. */
export async function listQuarantine(): Promise<QuarantineEntry[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => isQuarantineKey(key))
    .map(([key, value]) => {
      const parsed = quarantineEntrySchema.safeParse(value);
      if (parsed.success) return parsed.data;
      return { version: 1, area: 'local', key, kind: 'invalid', reason: 'damaged quarantine entry', raw: value, at: 0 };
    });
}

export async function countQuarantined(): Promise<number> {
  const all = await browser.storage.local.get(null);
  return Object.keys(all).filter(isQuarantineKey).length;
}

/** The quarantine as one JSON document for the user to download and inspect. */
export async function quarantineDownload(): Promise<string> {
  return JSON.stringify({ format: 'customer-benefit-check-quarantine', entries: await listQuarantine() }, null, 2);
}

export async function clearQuarantine(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter(isQuarantineKey);
  if (keys.length > 0) await browser.storage.local.remove(keys);
}

export function watchQuarantineCount(callback: (count: number) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && Object.keys(changes).some(isQuarantineKey)) void countQuarantined().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
