import type { JiraClient } from '@/lib/jira-rest/client';
import { UNCLEAR_LABEL, type SharedAnswer, type SharedBy } from '@/lib/jira-rest/shared-answer';
import type { TimedFields } from '@/lib/storage/answer-merge';
import type { Answer, AnswerRef } from '@/lib/storage/answer-schema';
import { effectiveVerdict } from '@/lib/review/effective-verdict';
import type { SharingOutcome } from './protocol';
import type { SiteSharingChoice } from './site-sharing';
import { decideSharedMerge, toSharedAnswer } from './shared-merge';

/** What the sharing service needs; injected so tests can count every request. */
export interface SharingDeps {
  client: Pick<JiraClient, 'getIssue' | 'putSharedAnswer' | 'setUnclearLabel'>;
  answers: {
    get(ref: AnswerRef): Promise<Answer | null>;
    /** Field-by-field by time; a replaced non-blank value becomes the answer's `undo`. */
    mergeTimed(ref: AnswerRef, fields: TimedFields, summary: string | null | undefined): Promise<void>;
  };
  choice: SiteSharingChoice;
  /** Who is logged in to this Jira site (the background caches it per site). */
  me(): Promise<SharedBy>;
}

function sharedInfo(answer: SharedAnswer): { by: string; at: number } {
  return { by: answer.sharedBy?.displayName ?? '', at: answer.updatedAt };
}

interface Pulled {
  outcome: SharingOutcome;
  shared: SharedAnswer | null;
  labels: string[];
  local: Answer | null;
}

/** Reads Jira's answer and applies whatever of it is newer than the local one. */
async function pullAndMerge(ref: AnswerRef, deps: SharingDeps): Promise<Pulled> {
  const issue = await deps.client.getIssue(ref.key);
  let local = await deps.answers.get(ref);
  const shared = issue.sharedAnswer ?? null;
  const outcome: SharingOutcome = issue.sharedAnswerInvalid === undefined ? {} : { invalid: true };
  if (shared) {
    const { take, replaced } = decideSharedMerge(local, shared);
    outcome.shared = sharedInfo(shared);
    if (Object.keys(take).length > 0) {
      await deps.answers.mergeTimed(ref, take, issue.summary);
      local = await deps.answers.get(ref);
      if (Object.keys(replaced).length > 0) outcome.replaced = replaced;
    }
  }
  return { outcome, shared, labels: issue.labels, local };
}

/** Panel opened: Jira's answer, when newer, replaces the local one (which is kept for undo). Never writes to Jira. */
export async function pullSharedAnswer(ref: AnswerRef, deps: SharingDeps): Promise<SharingOutcome> {
  if (!deps.choice.shareThroughJira) return { off: true };
  return (await pullAndMerge(ref, deps)).outcome;
}

/**
 * A local save settled: merge in what teammates wrote meanwhile, then write the property when the
 * local answer has something newer, and the label when the effective verdict disagrees with it.
 */
export async function pushSharedAnswer(ref: AnswerRef, deps: SharingDeps): Promise<SharingOutcome> {
  if (!deps.choice.shareThroughJira) return { off: true };
  const { outcome, shared, labels, local } = await pullAndMerge(ref, deps);
  if (!local) return outcome;
  // An invalid property is ignored on read and replaced by the valid local answer on the next share.
  if (outcome.invalid || decideSharedMerge(local, shared).localNewer) {
    const answer = toSharedAnswer(local, await deps.me());
    await deps.client.putSharedAnswer(ref.key, answer);
    Object.assign(outcome, { pushed: true, shared: sharedInfo(answer) });
    delete outcome.invalid; // ours replaced it
  }
  if (deps.choice.writeUnclearLabel) {
    const verdict = effectiveVerdict(local);
    const want = verdict === 'unclear';
    if (verdict !== 'undecided' && want !== labels.includes(UNCLEAR_LABEL)) {
      await deps.client.setUnclearLabel(ref.key, want);
      outcome.label = want ? 'added' : 'removed';
    }
  }
  return outcome;
}
