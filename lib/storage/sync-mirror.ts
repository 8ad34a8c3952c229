import { browser } from 'wxt/browser';
import type { Answer } from './answer-schema';
import { isAnswerKey, readAllAnswers } from './answer-records';
import { mergeIntoLocal } from './merge-into-local';
import { quarantineRecord } from './quarantine';
import { SYNC_LIMITS, syncItemBytes, syncQuotaKind } from './quota';
import { type WriteLimits, DEFAULT_WRITE_LIMITS, createWriteLimiter } from './rate-limit';
import { getSettings } from './settings';
import { decodeChunk } from './sync-codec';
import { CHUNK_PREFIX, type PlanInput, planSync } from './sync-plan';
import { type SyncStatus, getSyncStatus, setSyncStatus } from './sync-status';

export interface SyncMirrorOptions {
  clock?: () => number;
  /** A burst of local writes is mirrored this long after its first write. @default 2000 */
  debounceMs?: number;
  writeLimits?: WriteLimits;
}

export interface SyncMirror {
  /** Runs a mirror pass now (tests, and the options page's "sync now"). */
  flushNow(): Promise<void>;
  stop(): void;
}

const RETRY_AFTER = { perMinute: 60_000, perHour: 10 * 60_000, failure: 30_000 } as const;
/** Extra room left after sync refused a write for size: the browser's count may differ from ours. */
const SHRINK_STEP = 4_096;

/**
 * Runs in the background: mirrors local answers into `storage.sync` (most recent first, as many as
 * fit, one `set` per batch under the write-rate limits), and merges answers arriving from the user's
 * other browsers into local. Content scripts and pages only ever write local. Issue 4.
 */
export function startSyncMirror(options: SyncMirrorOptions = {}): SyncMirror {
  const clock = options.clock ?? Date.now;
  const debounceMs = options.debounceMs ?? 2_000;
  const limiter = createWriteLimiter(options.writeLimits ?? DEFAULT_WRITE_LIMITS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  let shrink = 0;
  let failures = 0;
  const written = new Map<string, string>();

  function schedule(delay: number): void {
    const at = clock() + delay;
    if (timer !== undefined && timerAt <= at) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      timerAt = Infinity;
      void flushNow();
    }, delay);
  }

  function onChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
    const keys = Object.keys(changes);
    if (area === 'local' && keys.some((k) => isAnswerKey(k) || k === 'settings')) schedule(debounceMs);
    // Our own writes echo back here; only another browser's changes need a pass.
    if (area === 'sync' && keys.some((k) => k.startsWith(CHUNK_PREFIX) && written.get(k) !== changes[k]!.newValue)) {
      schedule(500);
    }
  }

  /** A pass that starts after this call; calls during a pass share the one pass queued behind it. */
  function flushNow(): Promise<void> {
    if (running) {
      queued ??= running.then(() => {
        queued = null;
        return flushNow();
      });
      return queued;
    }
    running = pass()
      .catch((error: unknown) => console.warn('[sync] mirror pass failed', error))
      .finally(() => {
        running = null;
      });
    return running;
  }

  async function pass(): Promise<void> {
    const settings = await getSettings();
    if (settings.keepAnswersOnDeviceOnly) return saveStatus({ enabled: false, lastError: null, retryAt: null });
    const input = await readSync();
    await mergeIntoLocal(Object.values(input.chunks).flatMap((chunk) => chunk.answers));
    const answers = await readAllAnswers();
    const limits = { ...SYNC_LIMITS, QUOTA_BYTES: SYNC_LIMITS.QUOTA_BYTES - shrink };
    const plan = await planSync({ ...input, answers, limits });
    const writes = (Object.keys(plan.set).length > 0 ? 1 : 0) + (plan.remove.length > 0 ? 1 : 0);
    if (writes > 0) {
      const wait = limiter.nextAllowedAt(clock()) - clock();
      if (wait > 0) {
        schedule(wait);
        return;
      }
      try {
        if (Object.keys(plan.set).length > 0) {
          limiter.record(clock());
          await browser.storage.sync.set(plan.set);
          for (const [key, value] of Object.entries(plan.set)) written.set(key, value);
        }
        if (plan.remove.length > 0) {
          limiter.record(clock());
          await browser.storage.sync.remove(plan.remove);
        }
      } catch (error) {
        return onWriteRefused(error);
      }
    }
    failures = 0;
    await saveStatus({
      enabled: true,
      synced: plan.synced,
      deviceOnly: plan.deviceOnly,
      bytes: plan.bytes,
      items: plan.items,
      lastSyncAt: clock(),
      lastError: null,
      retryAt: null,
    });
  }

  /** Sync refused: the answers are safe in local; wait, or leave more room, and try again. */
  async function onWriteRefused(error: unknown): Promise<void> {
    const kind = syncQuotaKind(error);
    let delay: number = RETRY_AFTER.failure * 2 ** Math.min(failures++, 4);
    if (kind === 'perMinute') delay = RETRY_AFTER.perMinute;
    else if (kind === 'perHour') delay = RETRY_AFTER.perHour;
    else if (kind === 'bytes' || kind === 'items' || kind === 'perItem') {
      shrink += SHRINK_STEP;
      delay = DEFAULT_WRITE_LIMITS.minIntervalMs;
    }
    schedule(delay);
    const message = error instanceof Error ? error.message : String(error);
    await saveStatus({ lastError: message, retryAt: clock() + delay });
  }

  async function saveStatus(patch: Partial<SyncStatus>): Promise<void> {
    const current = await getSyncStatus();
    const next = { ...current, ...patch };
    if (JSON.stringify(next) !== JSON.stringify(current)) await setSyncStatus(next);
  }

  browser.storage.onChanged.addListener(onChanged);
  schedule(0);
  return {
    flushNow,
    stop() {
      clearTimeout(timer);
      timer = undefined;
      browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

/** Our chunks, decoded; anything else in sync is counted against the quota and left alone. */
async function readSync(): Promise<Omit<PlanInput, 'answers'>> {
  const all = await browser.storage.sync.get(null);
  const chunks: PlanInput['chunks'] = {};
  let foreignBytes = 0;
  let foreignItems = 0;
  for (const [key, value] of Object.entries(all)) {
    const decoded = key.startsWith(CHUNK_PREFIX) ? await decodeChunk(value) : ({ kind: 'future' } as const);
    if (decoded.kind === 'ok') chunks[key] = { answers: decoded.answers, value: value as string };
    else if (decoded.kind === 'future') {
      foreignBytes += syncItemBytes(key, value);
      foreignItems++;
    } else {
      // Unreadable: keep a copy, then let the plan reuse or remove the key.
      await quarantineRecord({ area: 'sync', key }, value, 'invalid', decoded.reason);
      chunks[key] = { answers: [] as Answer[], value: typeof value === 'string' ? value : '' };
    }
  }
  return { chunks, foreignBytes, foreignItems };
}
