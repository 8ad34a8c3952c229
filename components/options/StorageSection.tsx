import { t } from '@/lib/i18n';
import type { StorageSectionStore } from '@/lib/storage/storage-section-store';
import { downloadText } from './download';
import { ImportPanel } from './ImportPanel';
import { SyncUsage } from './SyncUsage';

export interface StorageSectionProps {
  store: StorageSectionStore;
  testId?: string;
}

async function download(make: () => Promise<{ name: string; text: string }>): Promise<void> {
  const { name, text } = await make();
  downloadText(name, text);
}

/** Options → Storage: sync usage, device-only answers, set-aside records, export and import. */
export function StorageSection({ store, testId = 'storage-section' }: StorageSectionProps) {
  const overview = store.overview.value;
  return (
    <section data-testid={testId} aria-labelledby="storage-title">
      <h2 id="storage-title">{t('options.storage.title')}</h2>
      <p>{t('options.storage.intro')}</p>
      {overview ? <SyncUsage overview={overview} /> : <p>{t('options.storage.loading')}</p>}
      <label>
        <input
          type="checkbox"
          data-testid="device-only-toggle"
          checked={store.deviceOnly.value}
          onChange={(event) => void store.setDeviceOnly(event.currentTarget.checked)}
        />{' '}
        {t('options.storage.deviceOnlyToggle')}
      </label>
      {overview && overview.quarantined > 0 && (
        <div data-testid="quarantine">
          <p data-testid="quarantine-count">{t('options.storage.quarantined', [overview.quarantined])}</p>
          <p class="hint">{t('options.storage.quarantineHelp')}</p>
          <button type="button" data-testid="quarantine-download" onClick={() => void download(store.quarantine)}>
            {t('options.storage.downloadQuarantine')}
          </button>
        </div>
      )}
      <h3>{t('options.storage.exportHeading')}</h3>
      <button type="button" data-testid="export-button" onClick={() => void download(store.exportAll)}>
        {t('options.storage.exportButton')}
      </button>
      <ImportPanel store={store} />
    </section>
  );
}
