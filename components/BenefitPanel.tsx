import type { ComponentChildren } from 'preact';
import type { PanelStore } from '@/lib/panel/panel-store';
import type { ReplacedFields } from '@/lib/sharing/shared-merge';
import type { AnswerField } from '@/lib/storage/answer-schema';
import { t } from '@/lib/i18n';
import { AnalysisSummary } from './AnalysisSummary';
import { BenefitPrompts } from './BenefitPrompts';
import { SaveStatus } from './SaveStatus';
import { SharingControls } from './SharingControls';
import { SourceLine } from './SourceLine';

export interface BenefitPanelProps {
  store: PanelStore;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  /** Shown above the prompts, e.g. that the layout was not recognised. */
  notice?: string;
  /** The analyzer's findings, between the summary and the prompts. */
  children?: ComponentChildren;
}

/** The panel beside a Jira issue: the three Working Backwards prompts and the team's verdict. */
export function BenefitPanel({ store, collapsed, onToggleCollapsed, notice, children }: BenefitPanelProps) {
  const summary = store.fields.value.summary;
  const bodyId = `cbc-body-${store.ref.key}`;
  return (
    <section class="cbc-panel" aria-label={t('panel.title')} data-testid="benefit-panel" data-issue-key={store.ref.key}>
      <header class="cbc-header">
        <h2 class="cbc-title">
          {t('panel.title')} <span class="cbc-key" data-testid="panel-key">{store.ref.key}</span>
        </h2>
        <button
          type="button"
          class="cbc-icon-button"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          aria-label={collapsed ? t('panel.expand') : t('panel.collapse')}
          data-testid="panel-toggle"
          onClick={onToggleCollapsed}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
        </button>
      </header>
      {!collapsed && (
        <div class="cbc-body" id={bodyId}>
          {notice && (
            <p class="cbc-notice" role="note" data-testid="panel-notice">
              {notice}
            </p>
          )}
          <p class="cbc-summary" data-testid="panel-summary">
            {summary ?? <em>{t('panel.summaryUnknown')}</em>}
          </p>
          <SourceLine source={store.source.value} />
          {children}
          {store.analysis.value && (
            <AnalysisSummary analysis={store.analysis.value} onUseSuggestion={hasUsefulSuggestion(store) ? store.applySuggestion : undefined} />
          )}
          <BenefitPrompts store={store} />
          <SaveStatus state={store.save.value} />
          {store.sharing && <SharingControls sharing={store.sharing} onPutBack={(words) => putBack(store, words)} />}
        </div>
      )}
    </section>
  );
}

/** Jira's newer answer replaced these words; putting them back is an edit like any other (and is shared). */
function putBack(store: PanelStore, words: ReplacedFields): void {
  for (const [field, value] of Object.entries(words) as [AnswerField, ReplacedFields[AnswerField]][]) {
    if (value !== undefined) store.edit(field, value);
  }
}

/** A suggestion is useful when the ticket states something that a prompt is still empty for. */
function hasUsefulSuggestion(store: PanelStore): boolean {
  const suggestion = store.analysis.value?.suggestion ?? {};
  const draft = store.draft.value;
  return (['customer', 'benefit', 'evidence'] as const).some((field) => !!suggestion[field] && !draft[field].trim());
}
