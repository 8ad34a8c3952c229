import { browser } from 'wxt/browser';
import type { Analysis, AnalyzerInput } from '@/lib/analyzer';
import type { JiraIssue } from '@/lib/jira-rest/issue';
import { effectiveVerdict } from '@/lib/review/effective-verdict';
import { answerStorageKey, judgeRecord } from '@/lib/storage/answer-records';
import { type AnalysisSummary, type Answer, emptyAnswer } from '@/lib/storage/answer-schema';
import type { CheckResult } from './protocol';

export type AnalyzeFn = (input: AnalyzerInput) => Analysis;

/**
 * A check is stored as an answer record with the analyzer's judgement and no team fields: the review
 * page, the popup's counts and the badge then list it with no code of their own, and the team's
 * verdict wins as soon as someone gives one (lib/review/effective-verdict.ts). The sync mirror leaves
 * such records out (`hasTeamInput` in lib/storage/sync-plan.ts), so checking 1,000 issues costs no
 * sync quota.
 */
export function checkIssue(issue: JiraIssue, current: Answer, analyze: AnalyzeFn, now: number): { answer: Answer; result: CheckResult } {
  // The team's words count, as in the panel: a customer they wrote down is not "missing".
  const analysis = analyze({
    summary: issue.summary,
    description: issue.descriptionText,
    issueType: issue.issueType,
    labels: issue.labels,
    annotation: { customer: current.customer, benefit: current.benefit, evidence: current.evidence },
  });
  const summary: AnalysisSummary = { verdict: analysis.verdict, score: analysis.score, flags: analysis.flags.map((flag) => flag.code) };
  const changed = JSON.stringify(summary) !== JSON.stringify(current.analysis) || (issue.summary !== '' && issue.summary !== current.summary);
  const answer: Answer = changed
    ? { ...current, summary: issue.summary || current.summary, analysis: summary, updatedAt: Math.max(now, current.updatedAt) }
    : current;
  const verdict = effectiveVerdict(answer);
  return {
    answer,
    result: {
      key: issue.key,
      summary: answer.summary,
      verdict: verdict === 'clear' ? 'clear' : 'unclear',
      by: answer.verdict ? 'team' : 'analyzer',
      flags: summary.flags,
    },
  };
}

/**
 * Checks a page of issues and stores them with one `storage.local.get` and one `set`, whatever the
 * page size. Records from a newer build are judged but left untouched; unreadable ones are
 * quarantined by `judgeRecord` and replaced.
 */
export async function saveCheckedPage(site: string, issues: readonly JiraIssue[], analyze: AnalyzeFn, now: number): Promise<CheckResult[]> {
  if (issues.length === 0) return [];
  const keys = issues.map((issue) => answerStorageKey({ site, key: issue.key }));
  const stored = await browser.storage.local.get(keys);
  const writes: Record<string, Answer> = {};
  const results: CheckResult[] = [];
  for (const [index, issue] of issues.entries()) {
    const key = keys[index]!;
    const record = await judgeRecord(key, stored[key]);
    const current = record.kind === 'ok' ? record.answer : emptyAnswer({ site, key: issue.key }, now);
    const { answer, result } = checkIssue(issue, current, analyze, now);
    results.push(result);
    if (record.kind !== 'future' && (answer !== current || record.kind === 'missing')) writes[key] = answer;
  }
  if (Object.keys(writes).length > 0) await browser.storage.local.set(writes);
  return results;
}
