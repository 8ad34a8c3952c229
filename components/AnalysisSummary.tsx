import type { Analysis, Flag } from '@/lib/analyzer';
import { t, type UiLanguage } from '@/lib/i18n';

export interface AnalysisSummaryProps {
  analysis: Analysis;
  /** Offered when the ticket states something a prompt does not have yet. */
  onUseSuggestion?: () => void;
  testId?: string;
}

const SEVERITY_MARK: Record<Flag['severity'], string> = { error: '✗', warning: '!', info: 'i' };

/** The analyzer's verdict in words and a mark (never colour alone), what it found, and what to write. */
export function AnalysisSummary({ analysis, onUseSuggestion, testId = 'analysis' }: AnalysisSummaryProps) {
  const lang = (t('uiLanguage') === 'pl' ? 'pl' : 'en') satisfies UiLanguage;
  const found = (
    [
      ['analysis.customerFound', analysis.customer?.text],
      ['analysis.benefitFound', analysis.benefit?.text],
      ['analysis.evidenceFound', analysis.evidence?.text],
    ] as const
  ).filter((entry): entry is readonly [(typeof entry)[0], string] => !!entry[1]);
  return (
    <div class="cbc-analysis" data-testid={testId}>
      <p class={`cbc-verdict-badge cbc-verdict-${analysis.verdict}`} data-testid="analysis-verdict" data-verdict={analysis.verdict}>
        <span aria-hidden="true">{analysis.verdict === 'clear' ? '✓' : '?'}</span>{' '}
        {t(analysis.verdict === 'clear' ? 'analysis.clear' : 'analysis.unclear')}
        <span class="cbc-score">{t('analysis.score', [analysis.score])}</span>
      </p>
      {found.length > 0 ? (
        <dl class="cbc-found">
          {found.map(([label, text]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>
                <mark>{clip(text)}</mark>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="cbc-hint">{t('analysis.nothingFound')}</p>
      )}
      {analysis.flags.length > 0 && (
        <ul class="cbc-flags" aria-label={t('analysis.heading')}>
          {analysis.flags.map((flag) => (
            <li key={flag.code} class={`cbc-flag cbc-flag-${flag.severity}`} data-testid={`flag-${flag.code}`}>
              <span class="cbc-flag-mark" aria-hidden="true">{SEVERITY_MARK[flag.severity]}</span>
              <span class="cbc-visually-hidden">{t(`analysis.severity.${flag.severity}`)}: </span>
              {flag.message[lang]}
            </li>
          ))}
        </ul>
      )}
      {onUseSuggestion && (
        <button type="button" class="cbc-button" data-testid="use-suggestion" onClick={onUseSuggestion}>
          {t('analysis.useSuggestion')}
        </button>
      )}
    </div>
  );
}

/** Long spans (a pasted description) stay readable in a narrow column. */
function clip(text: string, max = 240): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
