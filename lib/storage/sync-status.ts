import { browser } from 'wxt/browser';
import { type WxtStorageItem, storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import type { Answer, AnswerRef } from './answer-schema';
import { answerRefKey } from './answer-merge';
import { answerStorageKey, readStoredAnswer } from './answer-records';
import { getSettings, watchSettings } from './settings';
import type { Settings } from './settings-schema';
import { readVersioned } from './versioned';

/**
 * What the background's sync mirror last did, kept in local storage so any panel, popup or the
 * options page can show "this device only" without touching sync itself.
 */
export const syncStatusSchema = z.object({
  version: z.literal(1),
  enabled: z.boolean(),
  /** refKey → `updatedAt` of the version held in sync. */
  synced: z.record(z.string(), z.number()),
  /** refKey → `updatedAt` of the version left out because sync was full. */
  deviceOnly: z.record(z.string(), z.number()),
  bytes: z.number(),
  items: z.number(),
  lastSyncAt: z.nullable(z.number()),
  lastError: z.nullable(z.string()),
  retryAt: z.nullable(z.number()),
});

export type SyncStatus = z.infer<typeof syncStatusSchema>;
export type AnswerSyncState = 'synced' | 'device-only' | 'pending';

export const EMPTY_SYNC_STATUS: SyncStatus = {
  version: 1,
  enabled: true,
  synced: {},
  deviceOnly: {},
  bytes: 0,
  items: 0,
  lastSyncAt: null,
  lastError: null,
  retryAt: null,
};

type StatusItem = WxtStorageItem<unknown, Record<string, unknown>>;
let item: StatusItem | null = null;

function statusItem(): StatusItem {
  item ??= storage.defineItem<unknown>('local:syncStatus', { fallback: EMPTY_SYNC_STATUS, version: 1 });
  return item;
}

const shape = { name: 'sync status', current: 1, schema: syncStatusSchema, migrations: {} };

/** Derived data: if it cannot be read, the next mirror run rebuilds it, so no quarantine. */
function parseStatus(raw: unknown): SyncStatus {
  const read = readVersioned(raw, shape);
  return read.kind === 'ok' ? read.value : EMPTY_SYNC_STATUS;
}

export async function getSyncStatus(): Promise<SyncStatus> {
  return parseStatus(await statusItem().getValue());
}

export async function setSyncStatus(status: SyncStatus): Promise<void> {
  await statusItem().setValue(status);
}

export function watchSyncStatus(callback: (status: SyncStatus) => void): () => void {
  return statusItem().watch((value) => callback(parseStatus(value)));
}

/** Whether this answer's latest version is in sync, waiting for the mirror, or kept on this device only. */
export function syncStateOf(answer: Answer | null, status: SyncStatus, settings: Settings): AnswerSyncState {
  if (settings.keepAnswersOnDeviceOnly || !status.enabled) return 'device-only';
  if (!answer) return 'synced';
  const ref = answerRefKey(answer);
  if ((status.synced[ref] ?? -1) >= answer.updatedAt) return 'synced';
  if ((status.deviceOnly[ref] ?? -1) >= answer.updatedAt) return 'device-only';
  return 'pending';
}

export async function getAnswerSyncState(ref: AnswerRef): Promise<AnswerSyncState> {
  const [stored, status, settings] = await Promise.all([readStoredAnswer(answerStorageKey(ref)), getSyncStatus(), getSettings()]);
  return syncStateOf(stored.kind === 'ok' ? stored.answer : null, status, settings);
}

/** Calls back with the answer's sync state whenever the answer, the mirror's status or the setting changes. */
export function watchAnswerSyncState(ref: AnswerRef, callback: (state: AnswerSyncState) => void): () => void {
  const key = answerStorageKey(ref);
  const refresh = (): void => void getAnswerSyncState(ref).then(callback, () => undefined);
  const onAnswer = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && key in changes) refresh();
  };
  browser.storage.onChanged.addListener(onAnswer);
  const unwatchStatus = watchSyncStatus(refresh);
  const unwatchSettings = watchSettings(refresh);
  return () => {
    browser.storage.onChanged.removeListener(onAnswer);
    unwatchStatus();
    unwatchSettings();
  };
}

export function resetSyncStatusItemForTests(): void {
  item = null;
}
