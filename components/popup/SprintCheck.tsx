import { t } from '@/lib/i18n';
import type { SprintCheckStore } from '@/lib/sprint-check/check-store';
import { SPRINT_CHECK_STYLE, SprintCheckForm } from './SprintCheckForm';
import { SprintCheckProgress } from './SprintCheckProgress';
import { SprintCheckResults } from './SprintCheckResults';

export interface SprintCheckProps {
  store: SprintCheckStore;
  /** Open at first: on a board or search page this is what the popup is for; on an issue, the prompts are. */
  open?: boolean;
  testId?: string;
}

/** "Check a whole board, sprint or query" (issue 6): the JQL, the progress and the results as they arrive. */
export function SprintCheck({ store, open = true, testId = 'sprint-check' }: SprintCheckProps) {
  const run = store.run.value;
  return (
    <details class="sprint-check" open={open || run?.status === 'running'} data-testid={testId} style={SPRINT_CHECK_STYLE.section}>
      <summary>
        <h2 class="sprint-check-heading" style={SPRINT_CHECK_STYLE.heading}>
          {t('check.heading')}
        </h2>
      </summary>
      <p class="hint">{t('check.intro')}</p>
      <SprintCheckForm store={store} />
      {run && <SprintCheckProgress run={run} progress={store.progress.value!} onCancel={() => void store.cancel()} />}
      {run && <SprintCheckResults results={store.results.value} site={store.context.site} finished={run.status !== 'running'} />}
    </details>
  );
}
