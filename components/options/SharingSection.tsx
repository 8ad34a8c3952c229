import { useEffect, useState } from 'preact/hooks';
import { type SharingSitesStore, createSharingSitesStore } from '@/lib/sharing/sharing-sites-store';
import { t } from '@/lib/i18n';

export interface SharingSectionProps {
  /** Tests pass their own store; the options page lets the section make its own. */
  store?: SharingSitesStore;
  testId?: string;
}

/** Options page: team sharing through Jira, switched on or off per Jira site (off by default). */
export function SharingSection({ store: given, testId = 'sharing-section' }: SharingSectionProps) {
  const [store] = useState(() => given ?? createSharingSitesStore());
  useEffect(() => () => store.dispose(), [store]);
  const rows = store.rows.value;
  return (
    <section class="options-section" aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <h2 id={`${testId}-heading`}>{t('sharing.options.heading')}</h2>
      <p class="hint">{t('sharing.options.intro')}</p>
      {rows.length === 0 ? (
        <p class="hint" data-testid={`${testId}-empty`}>
          {t('sharing.options.none')}
        </p>
      ) : (
        <ul class="site-list">
          {rows.map(({ site, choice }) => (
            <li key={site} class="site-row" data-testid={`${testId}-row`} data-site={site}>
              <div class="site-base">{site}</div>
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={choice.shareThroughJira}
                  data-testid={`${testId}-share`}
                  onChange={(event) => void store.setChoice(site, { shareThroughJira: event.currentTarget.checked })}
                />{' '}
                {t('sharing.options.share')}
              </label>
              <br />
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={choice.writeUnclearLabel}
                  disabled={!choice.shareThroughJira}
                  data-testid={`${testId}-label`}
                  onChange={(event) => void store.setChoice(site, { writeUnclearLabel: event.currentTarget.checked })}
                />{' '}
                {t('sharing.options.label')}
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
