import { browser } from 'wxt/browser';
import { readAllAnswers } from './answer-records';
import { countQuarantined } from './quarantine';
import { SYNC_LIMITS, syncBytesInUse } from './quota';
import { getSettings } from './settings';
import { getSyncStatus, syncStateOf } from './sync-status';

/** What the options page shows about storage. */
export interface StorageOverview {
  syncEnabled: boolean;
  /** Bytes and items in `storage.sync` now, counted as the browser does. */
  syncBytes: number;
  syncMaxBytes: number;
  syncItems: number;
  syncMaxItems: number;
  answers: number;
  deviceOnly: number;
  pending: number;
  quarantined: number;
  lastSyncAt: number | null;
  lastError: string | null;
}

export async function getStorageOverview(): Promise<StorageOverview> {
  const [inSync, answers, status, settings, quarantined] = await Promise.all([
    browser.storage.sync.get(null),
    readAllAnswers(),
    getSyncStatus(),
    getSettings(),
    countQuarantined(),
  ]);
  let deviceOnly = 0;
  let pending = 0;
  for (const answer of answers) {
    const state = syncStateOf(answer, status, settings);
    if (state === 'device-only') deviceOnly++;
    else if (state === 'pending') pending++;
  }
  return {
    syncEnabled: !settings.keepAnswersOnDeviceOnly,
    syncBytes: syncBytesInUse(inSync),
    syncMaxBytes: SYNC_LIMITS.QUOTA_BYTES,
    syncItems: Object.keys(inSync).length,
    syncMaxItems: SYNC_LIMITS.MAX_ITEMS,
    answers: answers.length,
    deviceOnly,
    pending,
    quarantined,
    lastSyncAt: status.lastSyncAt,
    lastError: status.lastError,
  };
}

/** Calls back with a fresh overview after any storage change, at most every `delayMs`. */
export function watchStorageOverview(callback: (overview: StorageOverview) => void, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (): void => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void getStorageOverview().then(callback, () => undefined);
    }, delayMs);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(listener);
  };
}
