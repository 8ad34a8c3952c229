import type { Answer } from './answer-schema';
import { answerRefKey } from './answer-merge';
import { SYNC_LIMITS, type SyncLimits, syncItemBytes } from './quota';
import { encodeChunk, syncFingerprint } from './sync-codec';

/** Sync keys of answer chunks: `a:0`, `a:1`, … Keys without this prefix are not ours and are left alone. */
export const CHUNK_PREFIX = 'a:';
/** Room kept free under each limit, for rounding and for other data of the extension. */
const SAFETY_BYTES = 1_024;
const ITEM_MARGIN = 32;
/** Compressed size over uncompressed, before anything has been measured. */
const FIRST_RATIO = 0.5;

export interface PlanInput {
  /** Every answer on this device, already merged with what sync holds. */
  answers: Answer[];
  /** Our chunks as they are in sync now, decoded, with their stored text. */
  chunks: Record<string, { answers: Answer[]; value: string }>;
  /** Bytes and items in sync that are not ours (or not readable by this build). */
  foreignBytes: number;
  foreignItems: number;
  limits?: SyncLimits;
}

export interface SyncPlan {
  set: Record<string, string>;
  remove: string[];
  /** refKey → `updatedAt` of the version sync will hold. */
  synced: Record<string, number>;
  /** refKey → `updatedAt` of answers left out because sync is full: "this device only". */
  deviceOnly: Record<string, number>;
  bytes: number;
  items: number;
}

/**
 * Whether a person wrote or decided anything on this answer. Records written only by the analyzer
 * (a whole sprint checked at once, issue 6) have no team input: every device can check again, so
 * they stay out of sync and never use its 100 KB. Any field time counts too, so clearing a field is
 * still mirrored to the other browsers.
 */
export function hasTeamInput(answer: Answer): boolean {
  const wrote = answer.customer || answer.benefit || answer.evidence || answer.note || answer.verdict;
  return Boolean(wrote) || Object.keys(answer.fieldUpdatedAt).length > 0;
}

function chunkIndex(key: string): number {
  return Number(key.slice(CHUNK_PREFIX.length));
}

/**
 * Decides what sync should hold: the most recently updated answers that fit, most recent first.
 * An answer stays in the chunk it is in, so one edit rewrites one ~8 KB item, not all of them; new
 * answers fill the holes evicted ones left. Pure apart from compression.
 */
export async function planSync(input: PlanInput): Promise<SyncPlan> {
  const limits = input.limits ?? SYNC_LIMITS;
  const budget = limits.QUOTA_BYTES - input.foreignBytes - SAFETY_BYTES;
  const maxChunks = limits.MAX_ITEMS - input.foreignItems;
  const order = input.answers.filter(hasTeamInput).sort((a, b) => b.updatedAt - a.updatedAt || (answerRefKey(a) < answerRefKey(b) ? -1 : 1));
  const sizes = order.map((a) => syncFingerprint(a).length);
  const encodeCache = new Map<string, Promise<string>>();
  const encode = (answers: Answer[]): Promise<string> => {
    const id = answers.map(syncFingerprint).join('\n');
    if (!encodeCache.has(id)) encodeCache.set(id, encodeChunk(answers));
    return encodeCache.get(id)!;
  };

  // What sync holds now: each answer in one chunk (a duplicate from a race between browsers is dropped).
  const home = new Map<string, string>();
  let measuredRaw = 0;
  let measuredPacked = 0;
  for (const key of Object.keys(input.chunks).sort((a, b) => chunkIndex(a) - chunkIndex(b))) {
    const chunk = input.chunks[key]!;
    for (const answer of chunk.answers) {
      const ref = answerRefKey(answer);
      if (home.has(ref)) continue;
      home.set(ref, key);
      measuredRaw += syncFingerprint(answer).length;
    }
    measuredPacked += chunk.value.length;
  }
  let ratio = measuredRaw > 2_000 ? measuredPacked / measuredRaw : FIRST_RATIO;

  async function layoutFor(count: number): Promise<{ values: Record<string, string>; bytes: number } | null> {
    const members = new Map<string, Answer[]>();
    const target = order.slice(0, count);
    const estimate = new Map<string, number>();
    const admit: Answer[] = [];
    for (const [i, answer] of target.entries()) {
      const key = home.get(answerRefKey(answer));
      if (!key) {
        admit.push(answer);
        continue;
      }
      members.set(key, [...(members.get(key) ?? []), answer]);
      estimate.set(key, (estimate.get(key) ?? 0) + sizes[i]! * ratio);
    }
    const itemRoom = limits.QUOTA_BYTES_PER_ITEM - ITEM_MARGIN;
    const freeKey = (): string => {
      let n = 0;
      while (members.has(`${CHUNK_PREFIX}${n}`)) n++;
      return `${CHUNK_PREFIX}${n}`;
    };
    const place = (answer: Answer): void => {
      const cost = syncFingerprint(answer).length * ratio;
      const keys = [...members.keys()].sort((a, b) => chunkIndex(a) - chunkIndex(b));
      const key = keys.find((k) => (estimate.get(k) ?? 0) + cost <= itemRoom * 0.9) ?? freeKey();
      members.set(key, [...(members.get(key) ?? []), answer]);
      estimate.set(key, (estimate.get(key) ?? 0) + cost);
    };
    admit.forEach(place);

    const values: Record<string, string> = {};
    let bytes = 0;
    const queue = [...members.keys()];
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      let list = members.get(key)!;
      let value = await encode(list);
      // Over the per-item limit: move the last members to a new chunk until this one fits.
      while (syncItemBytes(key, value) > itemRoom && list.length > 1) {
        const keep = Math.max(1, Math.floor(list.length * (itemRoom / syncItemBytes(key, value)) * 0.95));
        const moved = list.slice(keep);
        list = list.slice(0, keep);
        members.set(key, list);
        value = await encode(list);
        const next = freeKey();
        members.set(next, moved);
        queue.push(next);
      }
      if (syncItemBytes(key, value) > itemRoom) return null; // one answer alone is too big (never, at 2,000 characters a field)
      values[key] = value;
      bytes += syncItemBytes(key, value);
    }
    if (members.size > maxChunks) return null;
    return { values, bytes };
  }

  // Find the largest count of most-recent answers that fits, guided by the measured compression ratio.
  let fit = 0;
  let fitLayout = await layoutFor(0);
  let fail = order.length + 1;
  let guess = countWithin(sizes, budget / ratio);
  for (let round = 0; round < 12 && fail - fit > 1; round++) {
    guess = Math.min(Math.max(guess, fit + 1), fail - 1);
    const layout = await layoutFor(guess);
    if (layout && layout.bytes <= budget) {
      fit = guess;
      fitLayout = layout;
      if (guess === order.length) break;
    } else fail = guess;
    const raw = sizes.slice(0, guess).reduce((s, n) => s + n, 0);
    if (layout && raw > 0) ratio = layout.bytes / raw;
    guess = countWithin(sizes, budget / ratio);
    if (guess <= fit || guess >= fail) guess = Math.floor((fit + fail) / 2);
  }

  const values = fitLayout!.values;
  const set: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (input.chunks[key]?.value !== value) set[key] = value;
  const remove = Object.keys(input.chunks).filter((key) => !(key in values));
  const synced: Record<string, number> = {};
  const deviceOnly: Record<string, number> = {};
  order.forEach((answer, i) => ((i < fit ? synced : deviceOnly)[answerRefKey(answer)] = answer.updatedAt));
  // Nothing of an analyzer-only record needs syncing, so it is never "waiting to sync".
  for (const answer of input.answers) if (!hasTeamInput(answer)) synced[answerRefKey(answer)] = answer.updatedAt;
  return {
    set,
    remove,
    synced,
    deviceOnly,
    bytes: fitLayout!.bytes + input.foreignBytes,
    items: Object.keys(values).length + input.foreignItems,
  };
}

/** How many of the first sizes add up to at most `room`. */
function countWithin(sizes: number[], room: number): number {
  let total = 0;
  let count = 0;
  for (const size of sizes) {
    if (total + size > room) break;
    total += size;
    count++;
  }
  return count;
}
