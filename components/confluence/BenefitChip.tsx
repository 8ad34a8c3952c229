import type { ChipState } from '@/lib/confluence/chip-state';
import { t } from '@/lib/i18n';

export interface BenefitChipProps {
  issueKey: string;
  chip: ChipState;
  testId?: string;
}

const SYMBOL: Record<ChipState['state'], string> = { clear: '✓', unclear: '?', unchecked: '○' };

/** The words of the tooltip, one line each: which issue, its state, then customer and benefit. */
export function chipTooltipLines(issueKey: string, chip: ChipState): string[] {
  if (chip.state === 'unchecked') return [t('confluence.tooltip.unchecked', [issueKey])];
  const none = t('confluence.tooltip.none');
  return [
    t(chip.state === 'clear' ? 'confluence.tooltip.clear' : 'confluence.tooltip.unclear', [issueKey]),
    t('confluence.tooltip.customer', [chip.customer || none]),
    t('confluence.tooltip.benefit', [chip.benefit || none]),
  ];
}

/**
 * A status chip beside a Jira issue reference on a Confluence page: a word and a symbol, never
 * colour alone; the customer and benefit in the tooltip (title for the mouse, aria-label for screen readers).
 */
export function BenefitChip({ issueKey, chip, testId = 'benefit-chip' }: BenefitChipProps) {
  const lines = chipTooltipLines(issueKey, chip);
  return (
    <span
      class={`chip chip-${chip.state}`}
      role="note"
      title={lines.join('\n')}
      aria-label={lines.join('. ')}
      data-testid={testId}
      data-state={chip.state}
      data-key={issueKey}
    >
      <span class="symbol" aria-hidden="true">
        {SYMBOL[chip.state]}
      </span>
      {t(`confluence.chip.${chip.state}`)}
    </span>
  );
}
