import { ANSWER_FIELDS, type Answer, type AnswerField, type AnswerRef } from './answer-schema';
import { mergeAnswers, sameAnswer } from './answer-merge';
import { readAnswerRecord } from './answer-migrations';
import { answerStorageKey, readAllAnswers, readStoredAnswer } from './answer-records';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportEnvelope, IMPORT_MESSAGES, exportEnvelopeSchema } from './export-schema';
import { mergeIntoLocal } from './merge-into-local';
import { type RetroSession, listRetroSessions, mergeRetroSessions, retroSessionSchema } from './retro-sessions';
import { getSettings } from './settings';

export interface ExportFile {
  answers: Answer[];
  retroSessions: RetroSession[];
}

export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; error: string };

/** Everything this device holds, as one versioned JSON document. The one-step undo stays behind. */
export async function exportAll(now: number = Date.now()): Promise<string> {
  const answers = (await readAllAnswers()).map(({ undo: _local, ...answer }) => answer);
  const envelope: ExportEnvelope = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    answers,
    retroSessions: await listRetroSessions(),
    settings: await getSettings(),
  };
  return JSON.stringify(envelope, null, 1);
}

export function exportFileName(now: number = Date.now()): string {
  return `customer-benefit-check-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Checks a whole file before anything is written: one bad record rejects the file, with the reason. */
export function parseImport(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: IMPORT_MESSAGES.notJson };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT) return { ok: false, error: IMPORT_MESSAGES.foreign };
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) return { ok: false, error: IMPORT_MESSAGES.newer(head.version) };
  const envelope = exportEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    const where = envelope.error.issues[0]?.path.join('.') || 'the file';
    return { ok: false, error: IMPORT_MESSAGES.damaged(`${where} is missing or has the wrong type`) };
  }
  const answers: Answer[] = [];
  for (const [i, raw] of envelope.data.answers.entries()) {
    const read = readAnswerRecord(raw);
    const name = describe(raw, i);
    if (read.kind === 'future') return { ok: false, error: IMPORT_MESSAGES.damaged(`${name} was saved by a newer version`) };
    if (read.kind === 'invalid') return { ok: false, error: IMPORT_MESSAGES.damaged(`${name} is not valid (${read.reason})`) };
    answers.push(read.value);
  }
  const retroSessions: RetroSession[] = [];
  for (const [i, raw] of envelope.data.retroSessions.entries()) {
    const parsed = retroSessionSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: IMPORT_MESSAGES.damaged(`retro session ${i + 1} is not valid`) };
    retroSessions.push(parsed.data);
  }
  return { ok: true, file: { answers, retroSessions } };
}

function describe(raw: unknown, index: number): string {
  const { site, key } = (raw ?? {}) as Partial<AnswerRef>;
  return typeof key === 'string' ? `answer ${index + 1} (${key}${typeof site === 'string' ? ` on ${site}` : ''})` : `answer ${index + 1}`;
}

export interface ImportChange {
  ref: AnswerRef;
  summary: string;
  /** Fields whose value the import changes. */
  fields: AnswerField[];
}

export interface ImportPreview {
  adds: ImportChange[];
  changes: ImportChange[];
  unchanged: number;
  retroAdds: number;
  retroChanges: number;
}

/** What importing would add and change here, by per-field update time; writes nothing. */
export async function previewImport(file: ExportFile): Promise<ImportPreview> {
  const preview: ImportPreview = { adds: [], changes: [], unchanged: 0, retroAdds: 0, retroChanges: 0 };
  for (const incoming of file.answers) {
    const stored = await readStoredAnswer(answerStorageKey(incoming));
    const local = stored.kind === 'ok' ? stored.answer : null;
    const merged = mergeAnswers(local, incoming);
    const item = { ref: { site: incoming.site, key: incoming.key }, summary: merged.summary, fields: [] as AnswerField[] };
    if (stored.kind === 'future') preview.unchanged++;
    else if (!local) preview.adds.push({ ...item, fields: ANSWER_FIELDS.filter((f) => !isBlank(merged[f])) });
    else {
      item.fields = ANSWER_FIELDS.filter((f) => merged[f] !== local[f]);
      if (item.fields.length > 0 && !sameAnswer(merged, local)) preview.changes.push(item);
      else preview.unchanged++;
    }
  }
  const sessions = new Map((await listRetroSessions()).map((s) => [s.id, s]));
  for (const session of file.retroSessions) {
    const local = sessions.get(session.id);
    if (!local) preview.retroAdds++;
    else if (session.updatedAt > local.updatedAt) preview.retroChanges++;
  }
  return preview;
}

function isBlank(value: unknown): boolean {
  return value === '' || value === null;
}

export async function applyImport(file: ExportFile): Promise<{ added: number; changed: number }> {
  const answers = await mergeIntoLocal(file.answers);
  await mergeRetroSessions(file.retroSessions);
  return answers;
}
