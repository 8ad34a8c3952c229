import { t } from '@/lib/i18n';
import { issueUrl } from '@/lib/review/ticket-row';
import type { Answer } from '@/lib/storage/answer-schema';

export interface UnclearListProps {
  answers: readonly Answer[];
  testId?: string;
}

/** The latest tickets whose benefit is unclear, as links to Jira. */
export function UnclearList({ answers, testId = 'popup-unclear' }: UnclearListProps) {
  return (
    <section class="unclear-list" aria-labelledby="popup-unclear-heading">
      <h2 id="popup-unclear-heading">{t('popup.latestHeading')}</h2>
      {answers.length === 0 ? (
        <p class="hint">{t('popup.latestNone')}</p>
      ) : (
        <ul data-testid={testId}>
          {answers.map((answer) => (
            <li key={`${answer.site}|${answer.key}`}>
              <a href={issueUrl(answer.site, answer.key)} target="_blank" rel="noreferrer">
                {answer.key}
              </a>{' '}
              <span class="unclear-summary">{answer.summary}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
