import type { StorageSectionStore } from '@/lib/storage/storage-section-store';
import { t } from '@/lib/i18n';

export interface ImportPanelProps {
  store: StorageSectionStore;
  testId?: string;
}

async function onFileChosen(store: StorageSectionStore, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return; // the user closed the picker
  await store.readImport(file.name, await file.text());
  input.value = ''; // choosing the same file again must fire `change` again
}

/** File input, then a preview of what the import adds and changes, then confirm. */
export function ImportPanel({ store, testId = 'import-panel' }: ImportPanelProps) {
  const state = store.importState.value;
  return (
    <div data-testid={testId}>
      <label>
        {t('options.storage.importLabel')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(event) => void onFileChosen(store, event.currentTarget)}
        />
      </label>
      {state.kind === 'reading' && <p>{t('options.storage.reading')}</p>}
      {state.kind === 'error' && (
        <p role="alert" class="error" data-testid="import-error">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <p role="status" data-testid="import-done">
          {t('options.storage.done', [state.added, state.changed])}
        </p>
      )}
      {state.kind === 'preview' && (
        <div data-testid="import-preview">
          <p>{t('options.storage.previewTitle', [state.fileName])}</p>
          <ul>
            <li>{t('options.storage.previewAdds', [state.preview.adds.length])}</li>
            <li>{t('options.storage.previewChanges', [state.preview.changes.length])}</li>
            <li>{t('options.storage.previewUnchanged', [state.preview.unchanged])}</li>
            <li>{t('options.storage.previewRetro', [state.preview.retroAdds, state.preview.retroChanges])}</li>
          </ul>
          {state.preview.changes.length > 0 && (
            <ul data-testid="import-changes">
              {state.preview.changes.map((change) => (
                <li key={`${change.ref.site}|${change.ref.key}`}>
                  {change.ref.key}: {change.fields.join(', ')}
                </li>
              ))}
            </ul>
          )}
          <p class="hint">{t('options.storage.previewMergeNote')}</p>
          <button type="button" data-testid="import-confirm" onClick={() => void store.confirmImport()}>
            {t('options.storage.confirm')}
          </button>{' '}
          <button type="button" onClick={store.cancelImport}>
            {t('options.storage.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
