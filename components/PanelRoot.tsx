import type { Signal } from '@preact/signals';
import type { PanelStore } from '@/lib/panel/panel-store';
import { t } from '@/lib/i18n';
import { languageRevision } from '@/lib/i18n-override';
import { BenefitPanel } from './BenefitPanel';

export interface PanelRootProps {
  store: Signal<PanelStore | null>;
  collapsed: Signal<boolean>;
  floating: Signal<boolean>;
  onToggleCollapsed: () => void;
}

/** What the content script renders into its shadow root: one issue's panel, keyed so no state leaks between issues. */
export function PanelRoot({ store, collapsed, floating, onToggleCollapsed }: PanelRootProps) {
  const current = store.value;
  if (!current) return null;
  return (
    <BenefitPanel
      // The revision: every text again when the options page switches the language (signals skip same-prop re-renders).
      key={`${current.ref.site}|${current.ref.key}|${languageRevision.value}`}
      store={current}
      collapsed={collapsed.value}
      onToggleCollapsed={onToggleCollapsed}
      notice={floating.value ? t('panel.layoutUnknown') : undefined}
    />
  );
}
