import { SYNC_LIMITS, SYNC_QUOTA_ERRORS, type SyncLimits, syncBytesInUse, syncItemBytes } from '../../../lib/storage/quota';

/** The parts of a `storage.sync` area the double wraps (fakeBrowser's, or an in-memory one). */
export interface SyncAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
  getBytesInUse?: (keys?: null | string | string[]) => Promise<number>;
}

export interface QuotaDouble {
  /** Write operations the area accepted. */
  writes(): number;
  uninstall(): void;
}

/**
 * Makes a sync area enforce Chrome's documented quotas and throw Chrome's exact messages, so quota
 * behaviour is tested for real. Bytes are counted as Chrome does: key + JSON of the value, UTF-8.
 * A call refused for the write rate does not count; one refused for size does (Chrome's quota
 * service counts the call before the storage backend refuses it).
 */
export function installSyncQuotas(
  area: SyncAreaLike,
  { clock = Date.now, limits = SYNC_LIMITS }: { clock?: () => number; limits?: SyncLimits } = {},
): QuotaDouble {
  const original = { set: area.set, remove: area.remove, clear: area.clear, getBytesInUse: area.getBytesInUse };
  const log: number[] = [];

  function countWrite(): void {
    const now = clock();
    if (log.filter((at) => at > now - 60_000).length >= limits.MAX_WRITE_OPERATIONS_PER_MINUTE) {
      throw new Error(SYNC_QUOTA_ERRORS.perMinute);
    }
    if (log.filter((at) => at > now - 3_600_000).length >= limits.MAX_WRITE_OPERATIONS_PER_HOUR) {
      throw new Error(SYNC_QUOTA_ERRORS.perHour);
    }
    log.push(now);
  }

  area.set = async (items) => {
    countWrite();
    for (const [key, value] of Object.entries(items)) {
      if (syncItemBytes(key, value) > limits.QUOTA_BYTES_PER_ITEM) throw new Error(SYNC_QUOTA_ERRORS.perItem);
    }
    const after = { ...(await area.get(null)), ...JSON.parse(JSON.stringify(items)) };
    if (syncBytesInUse(after) > limits.QUOTA_BYTES) throw new Error(SYNC_QUOTA_ERRORS.bytes);
    if (Object.keys(after).length > limits.MAX_ITEMS) throw new Error(SYNC_QUOTA_ERRORS.items);
    return original.set.call(area, items);
  };
  area.remove = async (keys) => {
    countWrite();
    return original.remove.call(area, keys);
  };
  area.clear = async () => {
    countWrite();
    return original.clear.call(area);
  };
  area.getBytesInUse = async (keys) => {
    const all = await area.get(null);
    const wanted = keys == null ? Object.keys(all) : [keys].flat();
    return syncBytesInUse(Object.fromEntries(wanted.filter((k) => k in all).map((k) => [k, all[k]])));
  };
  return {
    writes: () => log.length,
    uninstall() {
      Object.assign(area, original);
    },
  };
}
