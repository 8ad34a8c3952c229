import { t, type UiLanguage } from '@/lib/i18n';
import { countUnclear } from '@/lib/sprint-check/order';
import type { CheckProgress } from '@/lib/sprint-check/progress';
import type { CheckRun } from '@/lib/sprint-check/protocol';
import { SPRINT_CHECK_STYLE } from './SprintCheckForm';

export interface SprintCheckProgressProps {
  run: CheckRun;
  progress: CheckProgress;
  onCancel: () => void;
  testId?: string;
}

function progressText(progress: CheckProgress): string {
  return progress.text === 'of-total' ? t('check.progressOf', [progress.done, progress.total!]) : t('check.progressSoFar', [progress.done]);
}

function statusText(run: CheckRun): string {
  if (run.status === 'running') return t('check.running');
  if (run.status === 'done') return t('check.done', [countUnclear(run.results), run.results.length]);
  return t(run.status === 'cancelled' ? 'check.cancelled' : 'check.failed');
}

/**
 * A `<progress>` (indeterminate while Cloud has not told the total) with the same numbers as text,
 * announced politely; the outcome and Jira's reason when it stopped.
 */
export function SprintCheckProgress({ run, progress, onCancel, testId = 'sprint-check-progress' }: SprintCheckProgressProps) {
  const lang = t('uiLanguage') as UiLanguage;
  const text = progressText(progress);
  return (
    <div class="sprint-check-progress" data-testid={testId} data-status={run.status} style={SPRINT_CHECK_STYLE.column}>
      <progress
        aria-label={t('check.progressLabel')}
        aria-valuetext={text}
        style={{ width: '100%' }}
        {...(progress.total === undefined ? {} : { value: progress.done, max: Math.max(progress.total, 1) })}
      />
      <p role="status" aria-live="polite" data-testid="sprint-check-progress-text" style={{ margin: 0 }}>
        {text}. {statusText(run)}
      </p>
      {run.error && (
        <p class="sprint-check-error" role="alert" data-testid="sprint-check-error" style={SPRINT_CHECK_STYLE.error}>
          {run.error[lang]}
        </p>
      )}
      {run.truncated && <p class="hint">{t('check.truncated', [run.done])}</p>}
      {run.skipped > 0 && <p class="hint">{t('check.skipped', [run.skipped])}</p>}
      {run.status === 'running' && (
        <button type="button" class="button danger" data-testid="sprint-check-cancel" onClick={onCancel} style={{ alignSelf: 'flex-start' }}>
          {t('check.cancel')}
        </button>
      )}
    </div>
  );
}
