import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StorageSection } from '@/components/options/StorageSection';
import { createAnswerStore } from '@/lib/storage/answer-store';
import { answerStorageKey } from '@/lib/storage/answers';
import { IMPORT_MESSAGES } from '@/lib/storage/export-schema';
import { resetRetroSessionsItemForTests } from '@/lib/storage/retro-sessions';
import { getSettings, resetSettingsItemForTests } from '@/lib/storage/settings';
import { type StorageSectionStore, createStorageSectionStore } from '@/lib/storage/storage-section-store';
import { resetSyncStatusItemForTests, setSyncStatus, EMPTY_SYNC_STATUS } from '@/lib/storage/sync-status';
import { exportV1 } from '../../fixtures/storage/export/v1';

function chooseFile(name: string, text: string): void {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options: Storage section', () => {
  let store: StorageSectionStore;

  beforeEach(async () => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
    resetSyncStatusItemForTests();
    resetRetroSessionsItemForTests();
    const answers = createAnswerStore();
    await answers.save({ site: 'https://acme.atlassian.net', key: 'SHOP-1' }, { customer: 'Agents' });
    await answers.save({ site: 'https://acme.atlassian.net', key: 'SHOP-2' }, { customer: 'Clerks' });
    await setSyncStatus({ ...EMPTY_SYNC_STATUS, deviceOnly: { 'https://acme.atlassian.net|SHOP-2': Number.MAX_SAFE_INTEGER } });
    await fakeBrowser.storage.sync.set({ 'a:0': '1xyz' });
    await fakeBrowser.storage.local.set({ [answerStorageKey({ site: 's', key: 'BAD-1' })]: 'corrupt' });
  });
  afterEach(() => {
    store.dispose();
    cleanup();
  });

  it('shows sync usage, device-only and set-aside counts', async () => {
    store = createStorageSectionStore();
    render(<StorageSection store={store} />);
    // 'a:0' + '"1xyz"': key plus JSON, as Chrome counts
    await waitFor(() => expect(screen.getByTestId('sync-bytes').textContent).toBe('9 of 102,400 bytes used'));
    expect(screen.getByTestId('sync-items').textContent).toBe('1 of 512 items');
    expect(screen.getByTestId('answer-count').textContent).toBe('2 answers on this device');
    expect(screen.getByTestId('device-only-count').textContent).toMatch(/^1 kept on this device only/);
    expect(screen.getByTestId('pending-count').textContent).toBe('1 waiting to sync');
    await waitFor(() => expect(screen.getByTestId('quarantine-count').textContent).toBe('1 unreadable records set aside'));
  });

  it('turns sync off with the toggle', async () => {
    store = createStorageSectionStore();
    render(<StorageSection store={store} />);
    fireEvent.click(screen.getByTestId('device-only-toggle'));
    await waitFor(async () => expect((await getSettings()).keepAnswersOnDeviceOnly).toBe(true));
    await waitFor(() => expect(screen.getByTestId('sync-off')).toBeTruthy());
    expect(screen.getByTestId('device-only-count').textContent).toMatch(/^2 kept/);
  });

  it('previews an import, then merges it on confirm', async () => {
    store = createStorageSectionStore();
    render(<StorageSection store={store} />);
    chooseFile('backup.json', JSON.stringify(exportV1));
    await waitFor(() => expect(screen.getByTestId('import-preview').textContent).toContain('Importing backup.json will:'));
    expect(screen.getByTestId('import-preview').textContent).toContain('add 2 answers');
    fireEvent.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(screen.getByTestId('import-done').textContent).toBe('Imported: 2 answers added, 0 changed.'));
    await waitFor(() => expect(screen.getByTestId('answer-count').textContent).toBe('4 answers on this device'));
  });

  it('rejects a foreign file with a clear message and changes nothing', async () => {
    store = createStorageSectionStore();
    render(<StorageSection store={store} />);
    await waitFor(() => expect(screen.getByTestId('answer-count')).toBeTruthy());
    const before = await fakeBrowser.storage.local.get(null);
    chooseFile('photo.json', '{"hello": "world"}');
    await waitFor(() => expect(screen.getByTestId('import-error').textContent).toBe(IMPORT_MESSAGES.foreign));
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
