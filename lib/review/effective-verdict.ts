import type { AnalysisSummary, TeamVerdict } from '@/lib/storage/answer-schema';

/** What a ticket counts as in the popup, the badge and the review page. */
export type EffectiveVerdict = 'clear' | 'unclear' | 'undecided';
/** Who made the call: the team in the panel, or (while the team has not decided) the analyzer. */
export type VerdictSource = 'team' | 'analyzer' | 'none';

/** An answer, or the popup's draft with the live analysis: only the two verdicts matter. */
interface Judged {
  verdict: TeamVerdict;
  analysis?: Pick<AnalysisSummary, 'verdict'> | undefined;
}

/** A mark per state, so the badge and the lists never say it by colour alone. */
export const VERDICT_MARK: Record<EffectiveVerdict, string> = { clear: '✓', unclear: '?', undecided: '–' };

/**
 * The one rule for "is this ticket's benefit unclear?": the team's verdict wins; while the team has
 * not decided, the analyzer's stands. Tickets neither has judged are undecided.
 */
export function effectiveVerdict(answer: Judged): EffectiveVerdict {
  return answer.verdict ?? answer.analysis?.verdict ?? 'undecided';
}

export function verdictSource(answer: Judged): VerdictSource {
  if (answer.verdict) return 'team';
  return answer.analysis ? 'analyzer' : 'none';
}

export function isUnclear(answer: Judged): boolean {
  return effectiveVerdict(answer) === 'unclear';
}
