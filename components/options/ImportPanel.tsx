import type { StorageSectionStore } from '@/lib/storage/storage-section-store';
import { STORAGE_STRINGS as S } from './strings';

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
        {S.importLabel}{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(event) => void onFileChosen(store, event.currentTarget)}
        />
      </label>
      {state.kind === 'reading' && <p>{S.reading}</p>}
      {state.kind === 'error' && (
        <p role="alert" class="error" data-testid="import-error">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <p role="status" data-testid="import-done">
          {S.done(state.added, state.changed)}
        </p>
      )}
      {state.kind === 'preview' && (
        <div data-testid="import-preview">
          <p>{S.previewTitle(state.fileName)}</p>
          <ul>
            <li>{S.previewAdds(state.preview.adds.length)}</li>
            <li>{S.previewChanges(state.preview.changes.length)}</li>
            <li>{S.previewUnchanged(state.preview.unchanged)}</li>
            <li>{S.previewRetro(state.preview.retroAdds, state.preview.retroChanges)}</li>
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
          <p class="hint">{S.previewMergeNote}</p>
          <button type="button" data-testid="import-confirm" onClick={() => void store.confirmImport()}>
            {S.confirm}
          </button>{' '}
          <button type="button" onClick={store.cancelImport}>
            {S.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
