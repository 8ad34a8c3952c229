import { browser } from 'wxt/browser';
import { isAnswerKey } from '@/lib/storage/answer-records';
import { listAnswers } from '@/lib/storage/answers';
import type { Answer } from '@/lib/storage/answer-schema';

/** A batch import or a sync writes many answers at once: read the list once per burst. */
export const FEED_DELAY_MS = 150;

/**
 * Calls back with every answer now, and again after each burst of changes from panels, popups,
 * sync or imports. Returns the function that stops watching.
 */
export function watchAnswerList(callback: (answers: Answer[]) => void, delayMs = FEED_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const read = (): void => {
    timer = undefined;
    void listAnswers().then((answers) => {
      if (!stopped) callback(answers);
    });
  };
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local' || !Object.keys(changes).some(isAnswerKey)) return;
    clearTimeout(timer);
    timer = setTimeout(read, delayMs);
  };
  browser.storage.onChanged.addListener(listener);
  read();
  return () => {
    stopped = true;
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(listener);
  };
}
