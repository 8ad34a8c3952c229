import { ANSWER_VERSION, type Answer, type AnswerV1, answerSchema } from './answer-schema';
import { type Migrations, type ReadResult, type VersionedShape, readVersioned } from './versioned';

/** v1 → v2: adds the optional one-step `undo`; nothing to fill in. */
export function migrateAnswerV1ToV2(old: AnswerV1): Answer {
  return { ...old, version: 2 };
}

export const answerMigrations: Migrations = { 2: migrateAnswerV1ToV2 };

export const answerShape: VersionedShape<Answer> = {
  name: 'answer',
  current: ANSWER_VERSION,
  schema: answerSchema,
  migrations: answerMigrations,
};

/** Validates (and migrates, in memory) one stored answer record. */
export function readAnswerRecord(raw: unknown): ReadResult<Answer> {
  return readVersioned(raw, answerShape);
}
