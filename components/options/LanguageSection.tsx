import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type LanguageStore, browserLanguage, createLanguageStore } from '@/lib/i18n-override';

export interface LanguageSectionProps {
  /** Tests pass their own store; the options page lets the section make its own. */
  store?: LanguageStore;
  testId?: string;
}

const CHOICES = ['auto', 'en', 'pl'] as const;

/** Options → Language: the browser's language, or English or Polish whatever the browser says. */
export function LanguageSection({ store: given, testId = 'language-section' }: LanguageSectionProps) {
  const [store] = useState(() => given ?? createLanguageStore());
  useEffect(() => () => store.dispose(), [store]);
  const setting = store.setting.value;
  const label = (choice: (typeof CHOICES)[number]): string =>
    choice === 'auto' ? `${t('options.language.auto')} (${t(`options.language.${browserLanguage()}`)})` : t(`options.language.${choice}`);
  return (
    <section class="options-section" aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <h2 id={`${testId}-heading`}>{t('options.language.heading')}</h2>
      <label for={`${testId}-select`}>{t('options.language.label')}</label>{' '}
      <select
        id={`${testId}-select`}
        data-testid="language-select"
        aria-describedby={`${testId}-hint`}
        value={setting ?? 'auto'}
        disabled={setting === null}
        onChange={(event) => void store.choose(event.currentTarget.value as (typeof CHOICES)[number])}
      >
        {CHOICES.map((choice) => (
          <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
            {label(choice)}
          </option>
        ))}
      </select>
      <p class="hint" id={`${testId}-hint`}>
        {t('options.language.hint')}
      </p>
    </section>
  );
}
