import { useId } from 'preact/hooks';
import type { TeamVerdict } from '@/lib/storage/answer-schema';
import { t } from '@/lib/i18n';

export interface VerdictPickerProps {
  value: TeamVerdict;
  onChange: (value: TeamVerdict) => void;
  testId?: string;
}

const CHOICES = [
  { value: 'clear', label: 'panel.verdict.clear', mark: '✓' },
  { value: 'unclear', label: 'panel.verdict.unclear', mark: '?' },
  { value: null, label: 'panel.verdict.undecided', mark: '–' },
] as const;

/** The team's call as a radio group: each state has a mark and a word, never colour alone. */
export function VerdictPicker({ value, onChange, testId }: VerdictPickerProps) {
  const name = useId();
  return (
    <fieldset class="cbc-verdict" data-testid={testId}>
      <legend class="cbc-label">{t('panel.verdict.label')}</legend>
      <p class="cbc-hint">{t('panel.verdict.hint')}</p>
      <div class="cbc-verdict-choices">
        {CHOICES.map((choice) => (
          <label key={String(choice.value)} class={`cbc-choice cbc-choice-${choice.value ?? 'none'}`}>
            <input
              type="radio"
              name={name}
              checked={value === choice.value}
              data-testid={`verdict-${choice.value ?? 'none'}`}
              onChange={() => onChange(choice.value)}
            />
            <span aria-hidden="true" class="cbc-mark">
              {choice.mark}
            </span>
            {t(choice.label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
