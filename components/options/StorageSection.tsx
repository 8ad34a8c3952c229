import type { StorageSectionStore } from '@/lib/storage/storage-section-store';
import { downloadText } from './download';
import { ImportPanel } from './ImportPanel';
import { STORAGE_STRINGS as S } from './strings';
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
      <h2 id="storage-title">{S.title}</h2>
      <p>{S.intro}</p>
      {overview ? <SyncUsage overview={overview} /> : <p>{S.loading}</p>}
      <label>
        <input
          type="checkbox"
          data-testid="device-only-toggle"
          checked={store.deviceOnly.value}
          onChange={(event) => void store.setDeviceOnly(event.currentTarget.checked)}
        />{' '}
        {S.deviceOnlyToggle}
      </label>
      {overview && overview.quarantined > 0 && (
        <div data-testid="quarantine">
          <p data-testid="quarantine-count">{S.quarantined(overview.quarantined)}</p>
          <p class="hint">{S.quarantineHelp}</p>
          <button type="button" data-testid="quarantine-download" onClick={() => void download(store.quarantine)}>
            {S.downloadQuarantine}
          </button>
        </div>
      )}
      <h3>{S.exportHeading}</h3>
      <button type="button" data-testid="export-button" onClick={() => void download(store.exportAll)}>
        {S.exportButton}
      </button>
      <ImportPanel store={store} />
    </section>
  );
}
