import { browser } from 'wxt/browser';
import type { Answer, AnswerPatch, AnswerRef } from './answer-schema';
import { answerStorageKey, judgeRecord, readAllAnswers } from './answer-records';
import { type AnswerStore, type SaveContext, createAnswerStore } from './answer-store';

export { answerStorageKey } from './answer-records';
export type { SaveContext } from './answer-store';
export { StorageWriteError } from './storage-errors';

let defaultStore: AnswerStore | null = null;

/** This context's store, created on first use (never at import: WXT imports entrypoints in Node). */
function store(): AnswerStore {
  defaultStore ??= createAnswerStore();
  return defaultStore;
}

/** The stored answer, or null when there is none or the stored one could not be read (it is quarantined). */
export function getAnswer(ref: AnswerRef): Promise<Answer | null> {
  return store().get(ref);
}

/**
 * Applies the changed fields over what is stored, stamping each changed field's time. Goes to
 * `storage.local` only; the background mirrors it into sync. Rejects with a `StorageWriteError`
 * whose message can be shown as it is.
 */
export function saveAnswer(ref: AnswerRef, patch: AnswerPatch, context: SaveContext = {}): Promise<Answer> {
  return store().save(ref, patch, context);
}

/** Puts back the value a later edit from another tab or browser replaced (`answer.undo`). */
export function undoLastOverwrite(ref: AnswerRef): Promise<Answer | null> {
  return store().undo(ref);
}

/**
 * Resolves when every write this context started has landed; what cannot land (the extension was
 * updated or reloaded) is kept in the page and saved by the next panel. Wire to `ctx.onInvalidated`
 * and `pagehide`.
 */
export function flushPendingWrites(): Promise<void> {
  return defaultStore ? defaultStore.flush() : Promise.resolve();
}

/**
 * The page is going away (reload, close, full-page navigation): storage calls will not finish, so
 * copy what has not landed into the page's rescue buffer now, synchronously. The next panel saves it.
 */
export function rescueUnsavedNow(): void {
  defaultStore?.rescueUnsaved();
}

/** Calls back with the stored answer whenever another panel, popup or browser changes it. */
export function watchAnswer(ref: AnswerRef, callback: (answer: Answer | null) => void): () => void {
  const key = answerStorageKey(ref);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(key in changes)) return;
    void judgeRecord(key, changes[key]!.newValue).then((stored) => callback(stored.kind === 'ok' ? stored.answer : null));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Every valid answer on this device; unreadable records are quarantined, never thrown. */
export function listAnswers(): Promise<Answer[]> {
  return readAllAnswers();
}
