import { browser } from 'wxt/browser';
import type { Answer, AnswerRef } from './answer-schema';
import { answerRefKey } from './answer-merge';
import { readAnswerRecord } from './answer-migrations';
import { quarantineRecord } from './quarantine';

export const ANSWER_KEY_PREFIX = 'answer:';

/** One storage key per answer, so a write touches one issue and `onChanged` names it. */
export function answerStorageKey(ref: AnswerRef): string {
  return `${ANSWER_KEY_PREFIX}${answerRefKey(ref)}`;
}

export function isAnswerKey(key: string): boolean {
  return key.startsWith(ANSWER_KEY_PREFIX);
}

export type StoredAnswer =
  | { kind: 'ok'; answer: Answer }
  | { kind: 'missing' }
  /** Written by a newer build: readable there, kept untouched here. */
  | { kind: 'future' };

/**
 * Judges one raw stored record. A corrupt one is moved to quarantine; a newer build's one is copied
 * there and left in place. Neither throws, so no panel, popup or page can crash on bad data.
 */
export async function judgeRecord(key: string, raw: unknown): Promise<StoredAnswer> {
  if (raw === undefined || raw === null) return { kind: 'missing' };
  const read = readAnswerRecord(raw);
  if (read.kind === 'ok') return { kind: 'ok', answer: read.value };
  const source = { area: 'local', key } as const;
  try {
    if (read.kind === 'future') {
      await quarantineRecord(source, raw, 'future-version', read.reason, { keepOriginal: true });
      return { kind: 'future' };
    }
    await quarantineRecord(source, raw, 'invalid', read.reason);
  } catch (error) {
    console.warn('[storage] could not quarantine', key, error);
  }
  return read.kind === 'future' ? { kind: 'future' } : { kind: 'missing' };
}

export async function readStoredAnswer(key: string): Promise<StoredAnswer> {
  const stored = await browser.storage.local.get(key);
  return judgeRecord(key, stored[key]);
}

/**
 * Every valid answer in local storage. One `get(null)` and a validation per record: the review page
 * loads 5,000 answers well under 200 ms (see `npm run bench`).
 */
export async function readAllAnswers(): Promise<Answer[]> {
  const all = await browser.storage.local.get(null);
  const answers: Answer[] = [];
  const failed: Promise<StoredAnswer>[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!isAnswerKey(key)) continue;
    const read = readAnswerRecord(raw);
    if (read.kind === 'ok') answers.push(read.value);
    else failed.push(judgeRecord(key, raw));
  }
  await Promise.all(failed);
  return answers;
}
