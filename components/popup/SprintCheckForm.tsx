import { t, type UiLanguage } from '@/lib/i18n';
import type { SprintCheckStore } from '@/lib/sprint-check/check-store';
import type { JqlProblem } from '@/lib/sprint-check/jql-state';
import { MAX_JQL_LENGTH } from '@/lib/sprint-check/protocol';

/** Layout only; colours and controls come from the popup's shared styles (components/review/page.css). */
export const SPRINT_CHECK_STYLE = {
  section: { display: 'flex', flexDirection: 'column', gap: '8px', padding: '10px', border: '1px solid var(--cbc-border)', borderRadius: '8px' },
  heading: { display: 'inline', margin: 0, fontSize: '14px' },
  column: { display: 'flex', flexDirection: 'column', gap: '4px', alignItems: 'stretch' },
  error: { margin: 0, color: 'var(--cbc-error)' },
} as const;

export interface SprintCheckFormProps {
  store: SprintCheckStore;
  testId?: string;
}

function problemText(problem: JqlProblem): string {
  if (problem === 'too-long') return t('check.problem.tooLong', [MAX_JQL_LENGTH]);
  return t(problem === 'empty' ? 'check.problem.empty' : 'check.problem.unbounded');
}

/** The query: a suggestion for this page (its label in the interface language) or the user's own JQL. */
export function SprintCheckForm({ store, testId = 'sprint-check-form' }: SprintCheckFormProps) {
  const lang = t('uiLanguage') as UiLanguage;
  const { suggestions, selected, text } = store.jql.value;
  const problem = store.problem.value;
  const running = store.running.value;
  const suggestion = selected === 'custom' ? undefined : suggestions[selected];
  const refused = store.refused.value;
  const onSubmit = (event: Event): void => {
    event.preventDefault();
    void store.start();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    // Enter belongs to the text (JQL may span lines); Ctrl+Enter checks, as in Jira's own JQL editor.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSubmit(event);
  };
  return (
    <form class="sprint-check-form" onSubmit={onSubmit} data-testid={testId} style={SPRINT_CHECK_STYLE.column}>
      {suggestions.length > 0 && (
        <>
          <label for="sprint-check-suggestion">{t('check.suggestions')}</label>
          <select
            id="sprint-check-suggestion"
            data-testid="sprint-check-suggestion"
            value={String(selected)}
            disabled={running}
            onChange={(event) => store.select(event.currentTarget.value === 'custom' ? 'custom' : Number(event.currentTarget.value))}
          >
            {suggestions.map((item, index) => (
              <option key={item.jql} value={String(index)}>
                {item.label[lang]}
              </option>
            ))}
            <option value="custom">{t('check.custom')}</option>
          </select>
        </>
      )}
      <label for="sprint-check-jql">{t('check.jql')}</label>
      <textarea
        id="sprint-check-jql"
        data-testid="sprint-check-jql"
        rows={3}
        style={{ resize: 'vertical', fontFamily: 'monospace', fontSize: '12px' }}
        spellcheck={false}
        value={text}
        readOnly={running}
        aria-invalid={problem !== null}
        aria-describedby="sprint-check-jql-hint"
        onInput={(event) => store.edit(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="sprint-check-jql-hint" class="hint" data-testid="sprint-check-jql-hint">
        {problem ? problemText(problem) : suggestion && !suggestion.exact ? t('check.approximate') : ''}
      </p>
      {refused && (
        <p class="sprint-check-error" role="alert" data-testid="sprint-check-refused" style={SPRINT_CHECK_STYLE.error}>
          {refused[lang]}
        </p>
      )}
      <button
        type="submit"
        class="button primary"
        data-testid="sprint-check-start"
        disabled={running || problem !== null}
        style={{ alignSelf: 'flex-start' }}
      >
        {store.run.value ? t('check.again') : t('check.start')}
      </button>
    </form>
  );
}
