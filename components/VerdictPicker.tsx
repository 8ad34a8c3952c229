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

const NEXT_KEYS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The team's call as a radio group: each state has a mark and a word, never colour alone.
 * The radios have no `name`: Chromium keeps every radio that ever joined a named group in a shadow
 * root alive after it is removed, which leaked a whole panel per Jira navigation (npm run bench).
 * Without a name the browser groups nothing, so Preact sets `checked` and arrow keys are handled here.
 */
export function VerdictPicker({ value, onChange, testId }: VerdictPickerProps) {
  const current = CHOICES.findIndex((choice) => choice.value === value);
  function onKeyDown(event: KeyboardEvent): void {
    const step = NEXT_KEYS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = (current + step + CHOICES.length) % CHOICES.length;
    onChange(CHOICES[next]!.value);
    const inputs = (event.currentTarget as HTMLElement).querySelectorAll('input');
    inputs[next]?.focus();
  }
  return (
    <fieldset class="cbc-verdict" data-testid={testId}>
      <legend class="cbc-label">{t('panel.verdict.label')}</legend>
      <p class="cbc-hint">{t('panel.verdict.hint')}</p>
      <div class="cbc-verdict-choices" role="radiogroup" aria-label={t('panel.verdict.label')} onKeyDown={onKeyDown}>
        {CHOICES.map((choice, index) => (
          <label key={String(choice.value)} class={`cbc-choice cbc-choice-${choice.value ?? 'none'}`}>
            <input
              type="radio"
              checked={value === choice.value}
              tabIndex={index === Math.max(current, 0) ? 0 : -1}
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
