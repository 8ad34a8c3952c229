import { browser } from 'wxt/browser';
import { effectiveVerdict } from '@/lib/review/effective-verdict';
import type { Answer } from '@/lib/storage/answer-schema';
import { readAnswerRecord } from '@/lib/storage/answer-migrations';

/** What a chip shows: the effective verdict (team first, then analyzer) and the answer's words. */
export interface ChipState {
  state: 'clear' | 'unclear' | 'unchecked';
  customer: string;
  benefit: string;
}

export const UNCHECKED: ChipState = { state: 'unchecked', customer: '', benefit: '' };

/** Same key as lib/storage `answerStorageKey`, spelled out so this script does not load the write side. */
export function answerKeyOf(site: string, key: string): string {
  return `answer:${site}|${key}`;
}

export function chipStateOf(answer: Answer | null): ChipState {
  if (!answer) return UNCHECKED;
  const verdict = effectiveVerdict(answer);
  return { state: verdict === 'undecided' ? 'unchecked' : verdict, customer: answer.customer.trim(), benefit: answer.benefit.trim() };
}

/** Reads a stored record read-only: a bad one shows as "not checked" (the panel quarantines it). */
export function chipStateOfRecord(raw: unknown): ChipState {
  if (raw === undefined || raw === null) return UNCHECKED;
  const read = readAnswerRecord(raw);
  return chipStateOf(read.kind === 'ok' ? read.value : null);
}

/** One storage read for every answer key on the page. */
export async function readChipStates(storageKeys: string[]): Promise<Map<string, ChipState>> {
  const states = new Map<string, ChipState>();
  if (storageKeys.length === 0) return states;
  const stored = await browser.storage.local.get(storageKeys);
  for (const key of storageKeys) states.set(key, chipStateOfRecord(stored[key]));
  return states;
}

/** Calls back with the new state of answers the page refers to when a panel, popup or sync changes them. */
export function watchChipStates(isWatched: (storageKey: string) => boolean, callback: (storageKey: string, state: ChipState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local') return;
    for (const [key, change] of Object.entries(changes)) if (isWatched(key)) callback(key, chipStateOfRecord(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
