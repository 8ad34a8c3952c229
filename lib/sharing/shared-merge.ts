import type { SharedAnswer, SharedBy } from '@/lib/jira-rest/shared-answer';
import type { FieldValue, TimedFields } from '@/lib/storage/answer-merge';
import { ANSWER_FIELDS, type Answer, type AnswerField } from '@/lib/storage/answer-schema';

/** Local values that Jira's newer answer replaced, for the panel's "put mine back". */
export type ReplacedFields = Partial<Record<AnswerField, FieldValue>>;

export interface SharedMergeDecision {
  /** Fields where Jira's answer is newer, stamped with its time (for `applyTimedFields`). */
  take: TimedFields;
  /** The non-blank local values those fields replace. */
  replaced: ReplacedFields;
  /** Some local field differs from Jira's and is newer, or Jira has no answer yet: worth a PUT. */
  localNewer: boolean;
}

function isBlank(value: FieldValue | undefined): boolean {
  return value === undefined || value === null || value === '';
}

/** When the answer's text last changed; `updatedAt` also moves when only the analysis changed. */
export function answerTextTime(answer: Answer): number {
  const times = ANSWER_FIELDS.map((field) => answer.fieldUpdatedAt[field] ?? 0);
  return Math.max(0, ...times) || answer.updatedAt;
}

/**
 * Jira's shared answer against the local one, field by field: a field Jira wrote later than this
 * browser did wins (the local value is reported so it can be put back); a later local field means
 * the local answer has news for the team. Equal values change nothing; a tie keeps the local value.
 * Each shared field carries its own time; answers shared without them use `updatedAt` for all.
 */
export function decideSharedMerge(local: Answer | null, shared: SharedAnswer | null): SharedMergeDecision {
  const take: TimedFields = {};
  const replaced: ReplacedFields = {};
  let localNewer = false;
  for (const field of ANSWER_FIELDS) {
    const mine = local?.[field];
    if (!shared) {
      localNewer ||= !isBlank(mine);
      continue;
    }
    const theirs = shared[field];
    if ((isBlank(mine) && isBlank(theirs)) || mine === theirs) continue;
    const mineAt = local?.fieldUpdatedAt[field] ?? 0;
    const theirsAt = shared.fieldUpdatedAt?.[field] ?? shared.updatedAt;
    if (theirsAt > mineAt) {
      take[field] = { value: theirs, at: theirsAt };
      if (!isBlank(mine)) replaced[field] = mine!;
    } else {
      localNewer = true;
    }
  }
  return { take, replaced, localNewer };
}

/** The property value written for the team: the answer's fields, when they last changed and by whom. */
export function toSharedAnswer(answer: Answer, sharedBy: SharedBy): SharedAnswer {
  const { customer, benefit, evidence, verdict, note } = answer;
  const fieldUpdatedAt: NonNullable<SharedAnswer['fieldUpdatedAt']> = {};
  for (const field of ANSWER_FIELDS) if (answer.fieldUpdatedAt[field] !== undefined) fieldUpdatedAt[field] = answer.fieldUpdatedAt[field];
  return { version: 1, customer, benefit, evidence, verdict, note, updatedAt: answerTextTime(answer), fieldUpdatedAt, sharedBy };
}
