import { VerdictLabel } from '@/components/review/VerdictLabel';
import { t } from '@/lib/i18n';
import { FLAG_LABEL_KEYS } from '@/lib/review/flag-labels';
import { issueUrl } from '@/lib/review/ticket-row';
import type { CheckResult } from '@/lib/sprint-check/protocol';

export interface SprintCheckResultsProps {
  /** Already in order, unclear first. */
  results: readonly CheckResult[];
  site: string;
  finished: boolean;
  /** More rows would make the popup a page; the review page has them all. @default 50 */
  limit?: number;
  testId?: string;
}

function flagNames(flags: readonly string[]): string {
  return flags.map((code) => (FLAG_LABEL_KEYS[code] ? t(FLAG_LABEL_KEYS[code]) : code)).join(', ');
}

/** The checked issues as they arrive: verdict as mark and word, key linked to Jira, summary and the short reasons. */
export function SprintCheckResults({ results, site, finished, limit = 50, testId = 'sprint-check-results' }: SprintCheckResultsProps) {
  if (results.length === 0) return finished ? <p class="hint">{t('check.none')}</p> : null;
  const shown = results.slice(0, limit);
  return (
    <section class="sprint-check-results" aria-labelledby="sprint-check-results-heading">
      <h3 id="sprint-check-results-heading" style={{ margin: '0 0 4px', fontSize: '13px' }}>
        {t('check.results')}
      </h3>
      <ol data-testid={testId} style={{ margin: 0, paddingLeft: '22px', display: 'flex', flexDirection: 'column', gap: '4px' }}>
        {shown.map((result) => (
          <li key={result.key} data-testid="sprint-check-result" data-key={result.key} data-verdict={result.verdict}>
            <VerdictLabel verdict={result.verdict} source={result.by} />{' '}
            <a href={issueUrl(site, result.key)} target="_blank" rel="noreferrer">
              {result.key}
            </a>{' '}
            <span class="unclear-summary">{result.summary}</span>
            {result.verdict === 'unclear' && result.flags.length > 0 && (
              <span class="sprint-check-flags hint" style={{ display: 'block' }}>
                {flagNames(result.flags)}
              </span>
            )}
          </li>
        ))}
      </ol>
      {results.length > shown.length && <p class="hint">{t('check.more', [results.length - shown.length])}</p>}
    </section>
  );
}
