import { browser } from 'wxt/browser';
import type { Answer } from './answer-schema';
import { mergeAnswers, sameAnswer } from './answer-merge';
import { answerStorageKey, judgeRecord } from './answer-records';

export interface MergeResult {
  added: number;
  changed: number;
}

/**
 * Merges answers from another browser (via sync) or a file into local storage, field by field by
 * update time, in one `storage.local.set`. A local record from a newer build is left untouched.
 */
export async function mergeIntoLocal(incoming: Answer[]): Promise<MergeResult> {
  if (incoming.length === 0) return { added: 0, changed: 0 };
  const keys = incoming.map(answerStorageKey);
  const stored = await browser.storage.local.get(keys);
  const writes: Record<string, Answer> = {};
  let added = 0;
  let changed = 0;
  for (const [i, answer] of incoming.entries()) {
    const key = keys[i]!;
    const local = await judgeRecord(key, writes[key] ?? stored[key]);
    if (local.kind === 'future') continue;
    const current = local.kind === 'ok' ? local.answer : null;
    const merged = mergeAnswers(current, answer);
    if (sameAnswer(merged, current)) continue;
    if (current || writes[key]) changed++;
    else added++;
    writes[key] = merged;
  }
  if (Object.keys(writes).length > 0) await browser.storage.local.set(writes);
  return { added, changed };
}
