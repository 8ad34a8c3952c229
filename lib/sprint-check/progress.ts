import type { CheckRun } from './protocol';

/**
 * What the progress bar shows. Data Center's search tells the total ("34 of 120 checked"); Cloud's
 * search/jql does not (reference/jira.md §3.3), so a running Cloud check is indeterminate ("34
 * checked so far") until its last page, when the count is the total.
 */
export interface CheckProgress {
  done: number;
  /** Undefined while unknown: the bar is then indeterminate. */
  total?: number;
  /** 0–100 when the total is known. */
  percent?: number;
  text: 'of-total' | 'so-far';
}

export function checkProgress(run: Pick<CheckRun, 'status' | 'done' | 'total' | 'truncated'>): CheckProgress {
  const { done } = run;
  // A finished, uncapped search delivered everything: what it counted is the total.
  const total = run.total ?? (run.status === 'done' && !run.truncated ? done : undefined);
  if (total === undefined) return { done, text: 'so-far' };
  const shown = Math.min(done, total);
  const percent = total === 0 ? 100 : Math.floor((shown / total) * 100);
  return { done: shown, total, percent, text: 'of-total' };
}

/** A check is over when it is no longer running; its results stay. */
export function isFinished(run: Pick<CheckRun, 'status'> | null): boolean {
  return run !== null && run.status !== 'running';
}
