import { browser } from 'wxt/browser';
import { type Answer, type AnswerPatch, type AnswerRef, type AnalysisSummary, answerSchema, emptyAnswer } from './answer-schema';

/** One storage key per answer, so a write touches one issue and `onChanged` names it. */
export function answerStorageKey(ref: AnswerRef): string {
  return `answer:${ref.site}|${ref.key}`;
}

function isAnswerKey(key: string): boolean {
  return key.startsWith('answer:');
}

function parseAnswer(value: unknown): Answer | null {
  const parsed = answerSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function getAnswer(ref: AnswerRef): Promise<Answer | null> {
  const key = answerStorageKey(ref);
  const stored = await browser.storage.local.get(key);
  return parseAnswer(stored[key]);
}

export interface SaveContext {
  summary?: string | null;
  analysis?: AnalysisSummary;
  now?: number;
}

/** Applies the changed fields over what is stored, stamping each changed field's time. */
export async function saveAnswer(ref: AnswerRef, patch: AnswerPatch, context: SaveContext = {}): Promise<Answer> {
  const now = context.now ?? Date.now();
  const current = (await getAnswer(ref)) ?? emptyAnswer(ref, now);
  const next: Answer = { ...current, ...patch, updatedAt: now, fieldUpdatedAt: { ...current.fieldUpdatedAt } };
  for (const field of Object.keys(patch) as (keyof AnswerPatch)[]) next.fieldUpdatedAt[field] = now;
  if (context.summary) next.summary = context.summary;
  if (context.analysis) next.analysis = context.analysis;
  await browser.storage.local.set({ [answerStorageKey(ref)]: next });
  return next;
}

/** Calls back with the stored answer whenever another panel, popup or browser changes it. */
export function watchAnswer(ref: AnswerRef, callback: (answer: Answer | null) => void): () => void {
  const key = answerStorageKey(ref);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && key in changes) callback(parseAnswer(changes[key]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function listAnswers(): Promise<Answer[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => isAnswerKey(key))
    .map(([, value]) => parseAnswer(value))
    .filter((answer): answer is Answer => answer !== null);
}
