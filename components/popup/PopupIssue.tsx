import { AnalysisSummary } from '@/components/AnalysisSummary';
import { BenefitPrompts } from '@/components/BenefitPrompts';
import { SaveStatus } from '@/components/SaveStatus';
import { VerdictLabel } from '@/components/review/VerdictLabel';
import { t } from '@/lib/i18n';
import type { IssueInfo } from '@/lib/messages';
import type { PanelStore } from '@/lib/panel/panel-store';
import { effectiveVerdict, verdictSource } from '@/lib/review/effective-verdict';

export interface PopupIssueProps {
  issue: IssueInfo;
  store: PanelStore;
  testId?: string;
}

/**
 * The tab's issue: key and summary, the verdict that counts (the team's, else the analyzer's), the
 * analyzer's reasons, and the same prompts as the panel for a quick edit.
 */
export function PopupIssue({ issue, store, testId = 'popup-issue' }: PopupIssueProps) {
  const analysis = store.analysis.value;
  const judged = { verdict: store.draft.value.verdict, analysis: analysis ?? undefined };
  return (
    <section class="popup-issue cbc-body" aria-labelledby="popup-issue-title" data-testid={testId}>
      <h2 id="popup-issue-title" class="popup-issue-title">
        <a href={issue.url} target="_blank" rel="noreferrer" data-testid="popup-issue-key">
          {issue.key}
        </a>{' '}
        <span data-testid="popup-issue-summary">{issue.summary ?? t('panel.summaryUnknown')}</span>
      </h2>
      <p class="popup-verdict">
        <VerdictLabel verdict={effectiveVerdict(judged)} source={verdictSource(judged)} testId="popup-verdict" />
      </p>
      {analysis && <AnalysisSummary analysis={analysis} testId="popup-analysis" />}
      <BenefitPrompts store={store} />
      <SaveStatus state={store.save.value} />
    </section>
  );
}
