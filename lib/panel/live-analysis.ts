import { effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Analysis, AnalyzerInput } from '@/lib/analyzer';
import type { IssueFields } from '@/lib/jira/dom-fields';
import type { Draft } from './panel-store';

/** The analyzer runs this long after the last keystroke: flags follow typing without running per key. */
export const ANALYSIS_DELAY_MS = 250;

export type Analyze = (input: AnalyzerInput) => Promise<Analysis>;

/**
 * Analyses the issue plus the team's answers again whenever either changes: at once when Jira shows
 * new issue text, after a pause when the team types. Nothing is shown before the page shows the issue.
 */
export function createLiveAnalysis(
  fields: ReadonlySignal<IssueFields>,
  draft: ReadonlySignal<Draft>,
  analyze: Analyze,
): { analysis: Signal<Analysis | null>; dispose: () => void } {
  const analysis = signal<Analysis | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFields: IssueFields | null = null;
  let sequence = 0;
  let disposed = false;

  const stop = effect(() => {
    const issue = fields.value;
    const { customer, benefit, evidence } = draft.value;
    clearTimeout(timer);
    if (issue.summary === null && issue.description === null) return;
    const run = (): void => {
      const request = ++sequence;
      analyze({
        summary: issue.summary ?? '',
        description: issue.description ?? '',
        issueType: issue.issueType ?? undefined,
        labels: issue.labels,
        annotation: { customer, benefit, evidence },
      }).then(
        (result) => {
          if (!disposed && request === sequence) analysis.value = result; // an older, slower answer never wins
        },
        () => undefined, // no analysis is better than a broken panel; the prompts still work
      );
    };
    if (issue !== lastFields) run();
    else timer = setTimeout(run, ANALYSIS_DELAY_MS);
    lastFields = issue;
  });
  return {
    analysis,
    dispose: () => {
      disposed = true;
      clearTimeout(timer);
      stop();
    },
  };
}
