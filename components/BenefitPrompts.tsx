import type { PanelStore } from '@/lib/panel/panel-store';
import { t } from '@/lib/i18n';
import { PromptField } from './PromptField';
import { VerdictPicker } from './VerdictPicker';

export interface BenefitPromptsProps {
  store: PanelStore;
}

/** The Working Backwards prompts and the team verdict; shared by the panel on Jira and the toolbar popup. */
export function BenefitPrompts({ store }: BenefitPromptsProps) {
  const draft = store.draft.value;
  return (
    <>
      <PromptField
        label={t('panel.customer.label')}
        hint={t('panel.customer.hint')}
        placeholder={t('panel.customer.placeholder')}
        value={draft.customer}
        onInput={(value) => store.edit('customer', value)}
        testId="prompt-customer"
      />
      <PromptField
        label={t('panel.benefit.label')}
        hint={t('panel.benefit.hint')}
        placeholder={t('panel.benefit.placeholder')}
        value={draft.benefit}
        onInput={(value) => store.edit('benefit', value)}
        rows={3}
        testId="prompt-benefit"
      />
      <PromptField
        label={t('panel.evidence.label')}
        hint={t('panel.evidence.hint')}
        placeholder={t('panel.evidence.placeholder')}
        value={draft.evidence}
        onInput={(value) => store.edit('evidence', value)}
        testId="prompt-evidence"
      />
      <VerdictPicker value={draft.verdict} onChange={(value) => store.edit('verdict', value)} testId="verdict" />
      <PromptField
        label={t('panel.note.label')}
        hint=""
        placeholder={t('panel.note.placeholder')}
        value={draft.note}
        onInput={(value) => store.edit('note', value)}
        rows={1}
        testId="prompt-note"
      />
    </>
  );
}
