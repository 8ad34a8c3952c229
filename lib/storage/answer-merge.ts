import {
  ANSWER_FIELDS,
  type AnalysisSummary,
  type Answer,
  type AnswerField,
  type AnswerPatch,
  type AnswerRef,
  type AnswerUndo,
} from './answer-schema';

/** `site|KEY`: the identity of an answer everywhere (storage keys, sync, export). */
export function answerRefKey(ref: AnswerRef): string {
  return `${ref.site}|${ref.key}`;
}

export type FieldValue = Answer[AnswerField];
export type FieldTimes = Partial<Record<AnswerField, number>>;
/** Field values with the time each was written: what a merge compares. */
export type TimedFields = Partial<Record<AnswerField, { value: FieldValue; at: number }>>;

export interface PatchOptions {
  now: number;
  /** Field times this context last read; a newer stored time means someone else wrote it unseen. */
  seen?: FieldTimes;
  summary?: string | null;
  analysis?: AnalysisSummary;
}

function isBlank(value: FieldValue): boolean {
  return value === '' || value === null;
}

function undoOf(field: AnswerField, value: FieldValue, at: number): AnswerUndo {
  return { field, value, at };
}

/**
 * A local edit: each changed field gets a time later than the one it replaces, so the user's edit
 * always wins. Replacing a value this context never saw keeps it as the one-step undo.
 */
export function applyPatch(current: Answer, patch: AnswerPatch, options: PatchOptions): Answer {
  const next: Answer = { ...current, fieldUpdatedAt: { ...current.fieldUpdatedAt } };
  let changed = false;
  let latest = current.updatedAt;
  for (const field of ANSWER_FIELDS) {
    const value = patch[field];
    if (value === undefined || value === current[field]) continue;
    const storedAt = current.fieldUpdatedAt[field] ?? 0;
    const at = Math.max(options.now, storedAt + 1);
    if (storedAt > (options.seen?.[field] ?? 0) && !isBlank(current[field])) {
      next.undo = undoOf(field, current[field], storedAt);
    }
    Object.assign(next, { [field]: value });
    next.fieldUpdatedAt[field] = at;
    latest = Math.max(latest, at);
    changed = true;
  }
  if (options.summary && options.summary !== current.summary) {
    next.summary = options.summary;
    changed = true;
  }
  if (options.analysis && JSON.stringify(options.analysis) !== JSON.stringify(current.analysis)) {
    next.analysis = options.analysis;
    changed = true;
  }
  if (!changed) return current;
  next.updatedAt = Math.max(latest, options.now);
  return next;
}

/** Takes each timed value that is newer than the stored one; the replaced value becomes the undo. */
export function applyTimedFields(current: Answer, values: TimedFields): Answer {
  const next: Answer = { ...current, fieldUpdatedAt: { ...current.fieldUpdatedAt } };
  let changed = false;
  for (const field of ANSWER_FIELDS) {
    const incoming = values[field];
    const storedAt = current.fieldUpdatedAt[field] ?? 0;
    if (!incoming || incoming.at <= storedAt) continue;
    if (incoming.value !== current[field] && !isBlank(current[field])) {
      next.undo = undoOf(field, current[field], storedAt);
    }
    Object.assign(next, { [field]: incoming.value });
    next.fieldUpdatedAt[field] = incoming.at;
    next.updatedAt = Math.max(next.updatedAt, incoming.at);
    changed = true;
  }
  return changed ? next : current;
}

export function timedFieldsOf(answer: Answer): TimedFields {
  const values: TimedFields = {};
  for (const field of ANSWER_FIELDS) {
    const at = answer.fieldUpdatedAt[field];
    if (at !== undefined) values[field] = { value: answer[field], at };
  }
  return values;
}

/**
 * Merges an answer from another browser or an import into the local one, field by field: the later
 * write wins, ties keep the local value. Idempotent and order-independent in its field values.
 */
export function mergeAnswers(local: Answer | null, incoming: Answer): Answer {
  if (!local) {
    const { undo: _ignored, ...rest } = incoming;
    return rest;
  }
  let next = applyTimedFields(local, timedFieldsOf(incoming));
  if (incoming.updatedAt > local.updatedAt && incoming.summary && incoming.summary !== next.summary) {
    next = { ...next, summary: incoming.summary };
  }
  if (incoming.updatedAt > local.updatedAt && incoming.analysis && !sameJson(incoming.analysis, next.analysis)) {
    next = { ...next, analysis: incoming.analysis };
  }
  if (incoming.createdAt < next.createdAt) next = { ...next, createdAt: incoming.createdAt };
  if (incoming.updatedAt > next.updatedAt) next = { ...next, updatedAt: incoming.updatedAt };
  return next;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Field-order-independent equality of two answers. */
export function sameAnswer(a: Answer | null, b: Answer | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return sameJson(canonical(a), canonical(b));
}

function canonical(answer: Answer): unknown {
  const sortKeys = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]))
      : value;
  return sortKeys(answer);
}
