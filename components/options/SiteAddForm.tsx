import { useState } from 'preact/hooks';
import type { SiteKind } from '@/lib/sites/site-address';
import { t } from '@/lib/i18n';

export interface SiteAddFormProps {
  busy: boolean;
  /** Called synchronously from the submit event, so the browser's permission prompt may show. */
  onAdd: (input: string, kind: SiteKind) => void;
  testId?: string;
}

/** "Add a site": the address as the user knows it and whether it is Jira or Confluence. */
export function SiteAddForm({ busy, onAdd, testId = 'site-add' }: SiteAddFormProps) {
  const [input, setInput] = useState('');
  const [kind, setKind] = useState<SiteKind>('jira');
  const submit = (event: Event): void => {
    event.preventDefault();
    onAdd(input, kind);
  };
  return (
    // noValidate: the browser's own URL check would reject "jira.example.com", which lib/sites accepts.
    <form class="site-add" onSubmit={submit} noValidate data-testid={testId}>
      <label class="field">
        <span class="label">{t('sites.address')}</span>
        <input
          type="url"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          placeholder={t('sites.placeholder')}
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
          aria-describedby={`${testId}-hint`}
          data-testid={`${testId}-input`}
        />
      </label>
      <label class="field">
        <span class="label">{t('sites.kind')}</span>
        <select value={kind} onChange={(event) => setKind(event.currentTarget.value as SiteKind)} data-testid={`${testId}-kind`}>
          <option value="jira">{t('sites.jira')}</option>
          <option value="confluence">{t('sites.confluence')}</option>
        </select>
      </label>
      <button type="submit" class="button primary" disabled={busy} data-testid={`${testId}-submit`}>
        {busy ? t('sites.adding') : t('sites.add')}
      </button>
      <p class="hint" id={`${testId}-hint`}>
        {t('sites.addressHint')}
      </p>
    </form>
  );
}
