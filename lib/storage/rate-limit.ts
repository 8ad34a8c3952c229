import { SYNC_LIMITS } from './quota';

export interface WriteLimits {
  /** Least time between two writes. @default 4000 */
  minIntervalMs: number;
  /** @default 60, half of Chrome's 120 */
  perMinute: number;
  /** @default 1200, two thirds of Chrome's 1,800 */
  perHour: number;
}

export const DEFAULT_WRITE_LIMITS: WriteLimits = {
  minIntervalMs: 4_000,
  perMinute: SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_MINUTE / 2,
  perHour: (SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_HOUR * 2) / 3,
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A sliding-window budget of sync write operations, kept well below the browser's own. */
export interface WriteLimiter {
  /** The earliest time a write may happen (≤ now when it may happen now). */
  nextAllowedAt(now: number): number;
  record(now: number): void;
}

export function createWriteLimiter(limits: WriteLimits = DEFAULT_WRITE_LIMITS): WriteLimiter {
  let writes: number[] = [];
  return {
    nextAllowedAt(now) {
      writes = writes.filter((at) => at > now - HOUR);
      let next = (writes.at(-1) ?? -Infinity) + limits.minIntervalMs;
      const lastMinute = writes.filter((at) => at > now - MINUTE);
      if (lastMinute.length >= limits.perMinute) next = Math.max(next, lastMinute[lastMinute.length - limits.perMinute]! + MINUTE);
      if (writes.length >= limits.perHour) next = Math.max(next, writes[writes.length - limits.perHour]! + HOUR);
      return Math.max(next, now);
    },
    record(now) {
      writes.push(now);
    },
  };
}
