import type { Analysis, Flag } from '@/lib/analyzer';
import { type MessageKey, t, type UiLanguage } from '@/lib/i18n';

export interface AnalysisSummaryProps {
  analysis: Analysis;
  /** Offered when the ticket states something a prompt does not have yet. */
  onUseSuggestion?: () => void;
  testId?: string;
}

/**
 * The analyzer's messages as locale keys (message names cannot hold hyphens). The texts equal the
 * analyzer's own (tests/lib/locales.test.ts), so the panel reads them from locales/ like every other text.
 */
export const FLAG_MESSAGE_KEYS: Record<Flag['code'], { message: MessageKey; bug?: MessageKey }> = {
  'no-customer': { message: 'flags.noCustomer.message', bug: 'flags.noCustomer.bug' },
  'vague-customer': { message: 'flags.vagueCustomer.message' },
  'no-benefit': { message: 'flags.noBenefit.message', bug: 'flags.noBenefit.bug' },
  'vague-benefit': { message: 'flags.vagueBenefit.message' },
  'restates-feature': { message: 'flags.restatesFeature.message' },
  'internal-only': { message: 'flags.internalOnly.message' },
  'no-evidence': { message: 'flags.noEvidence.message' },
};

/** A flag's text from the locale; the bug variant when the analyzer chose it; its own text for a code we do not know. */
export function flagText(flag: Flag, lang: UiLanguage): string {
  const keys = FLAG_MESSAGE_KEYS[flag.code] as (typeof FLAG_MESSAGE_KEYS)[Flag['code']] | undefined; // an analyzer newer than the UI
  if (!keys) return flag.message[lang];
  return t(keys.bug && flag.message[lang] === t(keys.bug) ? keys.bug : keys.message);
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
              {flagText(flag, lang)}
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
