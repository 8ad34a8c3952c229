/**
 * `storage.sync` limits, the same in Chrome and Firefox:
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
 */
export const SYNC_LIMITS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

export type SyncLimits = { readonly [K in keyof typeof SYNC_LIMITS]: number };

/** Chrome's exact `runtime.lastError` messages when a sync limit is hit. */
export const SYNC_QUOTA_ERRORS = {
  bytes: 'QUOTA_BYTES quota exceeded',
  perItem: 'QUOTA_BYTES_PER_ITEM quota exceeded',
  items: 'MAX_ITEMS quota exceeded',
  perMinute: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded',
  perHour: 'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded',
} as const;

export type SyncQuotaKind = keyof typeof SYNC_QUOTA_ERRORS;

const encoder = new TextEncoder();

/**
 * Bytes an item costs, counted as Chrome does: the key plus the JSON of its value, in UTF-8
 * (equal to `.length` for the ASCII this extension writes to sync).
 */
export function syncItemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}

export function syncBytesInUse(items: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(items)) total += syncItemBytes(key, value);
  return total;
}

/** Which limit an error from `storage.sync` names, if any. */
export function syncQuotaKind(error: unknown): SyncQuotaKind | null {
  const message = error instanceof Error ? error.message : String(error);
  // PER_ITEM first: its name contains QUOTA_BYTES too.
  const order: SyncQuotaKind[] = ['perItem', 'perMinute', 'perHour', 'items', 'bytes'];
  return order.find((kind) => message.includes(SYNC_QUOTA_ERRORS[kind].replace(' quota exceeded', ''))) ?? null;
}
