import { browser } from 'wxt/browser';
import { type Answer, type AnswerPatch, type AnswerRef, type AnalysisSummary, emptyAnswer, teamVerdictSchema } from './answer-schema';
import { type FieldTimes, type TimedFields, applyPatch, applyTimedFields, sameAnswer } from './answer-merge';
import { answerStorageKey, judgeRecord, readStoredAnswer } from './answer-records';
import { STORAGE_MESSAGES, StorageWriteError, isContextInvalidated, toWriteError } from './storage-errors';
import { forgetRescued, rescuePatch, takeRescuedPatches } from './write-rescue';

export interface SaveContext {
  summary?: string | null;
  analysis?: AnalysisSummary;
  now?: number;
}

/** How long a context remembers its own writes to repair them if another context's write raced it. */
const HEAL_WINDOW_MS = 60_000;
const MAX_HEALS_PER_KEY = 5;
/** On invalidation a storage call may never settle; after this, unsaved words go to the rescue buffer. */
const FLUSH_TIMEOUT_MS = 1_500;

interface OwnWrite {
  fields: TimedFields;
  expires: number;
  heals: number;
}

interface Unsaved {
  ref: AnswerRef;
  patch: AnswerPatch;
  summary: string | null | undefined;
  at: number;
}

/**
 * The write side of answers for one JavaScript context (a tab's panel, the popup, the background).
 * Writes from this context run one at a time. Two contexts can still race between read and write
 * (storage has no transactions), so each context remembers its recent writes and, when `onChanged`
 * shows one of them lost, writes it again: edits to different fields both survive.
 */
export interface AnswerStore {
  get(ref: AnswerRef): Promise<Answer | null>;
  save(ref: AnswerRef, patch: AnswerPatch, context?: SaveContext): Promise<Answer>;
  mergeTimed(ref: AnswerRef, fields: TimedFields, summary: string | null | undefined): Promise<void>;
  undo(ref: AnswerRef): Promise<Answer | null>;
  flush(): Promise<void>;
  /** Copies every write that has not landed into the page's rescue buffer, synchronously (page unload). */
  rescueUnsaved(): void;
  dispose(): void;
}

export function createAnswerStore(clock: () => number = Date.now): AnswerStore {
  let queue: Promise<unknown> = Promise.resolve();
  const inflight = new Set<Promise<unknown>>();
  const seen = new Map<string, FieldTimes>();
  const own = new Map<string, OwnWrite>();
  const unsaved = new Map<string, Unsaved>();
  let listening = false;
  let recovered = false;

  function run<T>(job: () => Promise<T>): Promise<T> {
    const result = queue.then(job);
    queue = result.catch(() => undefined);
    inflight.add(result);
    void result.finally(() => inflight.delete(result)).catch(() => undefined);
    return result;
  }

  async function write(key: string, answer: Answer): Promise<void> {
    await browser.storage.local.set({ [key]: answer });
  }

  function remember(key: string, before: Answer, after: Answer): void {
    const entry = own.get(key) ?? { fields: {}, expires: 0, heals: 0 };
    for (const [field, at] of Object.entries(after.fieldUpdatedAt) as [keyof FieldTimes, number][]) {
      if (before.fieldUpdatedAt[field] !== at) entry.fields[field] = { value: after[field], at };
    }
    entry.expires = clock() + HEAL_WINDOW_MS;
    own.set(key, entry);
    seen.set(key, { ...after.fieldUpdatedAt });
    listen();
  }

  function onLocalChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
    if (area !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      const entry = own.get(key);
      if (!entry) continue;
      if (entry.expires < clock()) {
        own.delete(key);
        continue;
      }
      void judgeRecord(key, change.newValue).then((stored) => {
        if (stored.kind !== 'ok' || applyTimedFields(stored.answer, entry.fields) === stored.answer) return;
        if (++entry.heals > MAX_HEALS_PER_KEY) return;
        void heal(key, entry.fields).catch((error: unknown) => console.warn('[storage] heal failed', key, error));
      });
    }
  }

  function heal(key: string, fields: TimedFields): Promise<void> {
    return run(async () => {
      const stored = await readStoredAnswer(key);
      if (stored.kind !== 'ok') return;
      const healed = applyTimedFields(stored.answer, fields);
      if (healed !== stored.answer) await write(key, healed);
    });
  }

  function listen(): void {
    if (listening) return;
    listening = true;
    browser.storage.onChanged.addListener(onLocalChanged);
  }

  async function get(ref: AnswerRef): Promise<Answer | null> {
    recover();
    const key = answerStorageKey(ref);
    const stored = await readStoredAnswer(key);
    if (stored.kind !== 'ok') return null;
    seen.set(key, { ...stored.answer.fieldUpdatedAt });
    return stored.answer;
  }

  function save(ref: AnswerRef, patch: AnswerPatch, context: SaveContext = {}): Promise<Answer> {
    recover();
    const key = answerStorageKey(ref);
    const at = context.now ?? clock();
    const previous = unsaved.get(key);
    unsaved.set(key, { ref, patch: { ...previous?.patch, ...patch }, summary: context.summary, at });
    return run(async () => {
      try {
        const stored = await readStoredAnswer(key);
        if (stored.kind === 'future') throw new StorageWriteError('newer-version', STORAGE_MESSAGES.newerVersion);
        const current = stored.kind === 'ok' ? stored.answer : emptyAnswer(ref, at);
        const next = applyPatch(current, patch, { now: at, seen: seen.get(key), ...context });
        // Remembered before writing: a racing write from another context may arrive before ours settles.
        remember(key, current, next);
        if (next !== current || stored.kind === 'missing') await write(key, next);
        if (unsaved.get(key)?.at === at) unsaved.delete(key);
        return next;
      } catch (error) {
        if (error instanceof StorageWriteError && error.code === 'newer-version') throw error;
        const kept = rescuePatch(ref, unsaved.get(key)?.patch ?? patch, context.summary, at);
        unsaved.delete(key);
        // An old content script after an update cannot save anything; the words wait in the page.
        if (kept && isContextInvalidated(error)) return applyPatch(emptyAnswer(ref, at), patch, { now: at });
        throw toWriteError(error);
      }
    });
  }

  /** Writes answers from another browser or an import, field by field; one storage call for all. */
  function mergeTimed(ref: AnswerRef, fields: TimedFields, summary: string | null | undefined): Promise<void> {
    return run(async () => {
      const key = answerStorageKey(ref);
      const stored = await readStoredAnswer(key);
      if (stored.kind === 'future') return;
      const base = stored.kind === 'ok' ? stored.answer : emptyAnswer(ref, clock());
      let next = applyTimedFields(base, fields);
      if (summary && !next.summary) next = { ...next, summary };
      if (!sameAnswer(next, base) || stored.kind === 'missing') await write(key, next);
    });
  }

  /** Saves words an earlier, invalidated copy of this content script had to leave in the page. */
  function recover(): void {
    if (recovered) return;
    recovered = true;
    const rescued = takeRescuedPatches();
    if (rescued.length === 0) return;
    void Promise.all(
      rescued.map(({ ref, summary, at, ...patch }) => {
        const fields: TimedFields = {};
        for (const [field, value] of Object.entries(patch)) Object.assign(fields, { [field]: { value, at } });
        return mergeTimed(ref, fields, summary);
      }),
    )
      .then(() => forgetRescued(rescued))
      .catch((error: unknown) => console.warn('[storage] could not restore unsaved words', error));
  }

  /** Waits for every write of this context; what cannot be written in time is kept in the page. */
  async function flush(): Promise<void> {
    // Loop: a write may start a repair write (see onLocalChanged) while we wait.
    const settle = async (): Promise<false> => {
      for (let round = 0; round < 5 && inflight.size > 0; round++) await Promise.allSettled([...inflight]);
      return false;
    };
    const timedOut = await Promise.race([
      settle(),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), FLUSH_TIMEOUT_MS)),
    ]);
    if (!timedOut) return;
    for (const { ref, patch, summary, at } of unsaved.values()) rescuePatch(ref, patch, summary, at);
    unsaved.clear();
  }

  /** Keeps the entries: if the write still lands, the rescued copy is older and merges as a no-op. */
  function rescueUnsaved(): void {
    for (const { ref, patch, summary, at } of unsaved.values()) rescuePatch(ref, patch, summary, at);
  }

  function dispose(): void {
    if (listening) browser.storage.onChanged.removeListener(onLocalChanged);
    listening = false;
  }

  /** Puts back the value another context's later edit replaced; the undo is then spent. */
  function undo(ref: AnswerRef): Promise<Answer | null> {
    return run(async () => {
      const key = answerStorageKey(ref);
      const stored = await readStoredAnswer(key);
      if (stored.kind !== 'ok' || !stored.answer.undo) return null;
      const { undo: last, ...rest } = stored.answer;
      const restored = last.field === 'verdict' ? teamVerdictSchema.safeParse(last.value) : { success: true, data: last.value };
      if (!restored.success) return null;
      const patch = { [last.field]: restored.data } as AnswerPatch;
      const next = applyPatch(rest, patch, { now: clock(), seen: rest.fieldUpdatedAt });
      const { undo: _spent, ...withoutUndo } = next;
      remember(key, rest, withoutUndo);
      await write(key, withoutUndo);
      return withoutUndo;
    });
  }

  return { get, save, mergeTimed, undo, flush, rescueUnsaved, dispose };
}
