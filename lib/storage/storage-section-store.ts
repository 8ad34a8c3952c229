import { type Signal, signal } from '@preact/signals';
import { type ExportFile, type ImportPreview, applyImport, exportAll, exportFileName, parseImport, previewImport } from './export-import';
import { quarantineDownload } from './quarantine';
import { getSettings, updateSettings, watchSettings } from './settings';
import { type StorageOverview, getStorageOverview, watchStorageOverview } from './storage-overview';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; fileName: string; preview: ImportPreview; file: ExportFile }
  | { kind: 'error'; message: string }
  | { kind: 'done'; added: number; changed: number };

export interface Download {
  name: string;
  text: string;
}

/** State and actions of the options page's Storage section; components only render it. */
export interface StorageSectionStore {
  overview: Signal<StorageOverview | null>;
  deviceOnly: Signal<boolean>;
  importState: Signal<ImportState>;
  setDeviceOnly(on: boolean): Promise<void>;
  exportAll(): Promise<Download>;
  quarantine(): Promise<Download>;
  readImport(fileName: string, text: string): Promise<void>;
  confirmImport(): Promise<void>;
  cancelImport(): void;
  dispose(): void;
}

export function createStorageSectionStore(): StorageSectionStore {
  const overview = signal<StorageOverview | null>(null);
  const deviceOnly = signal(false);
  const importState = signal<ImportState>({ kind: 'idle' });
  const refresh = (): void => void getStorageOverview().then((next) => (overview.value = next), () => undefined);
  const unwatchOverview = watchStorageOverview((next) => (overview.value = next));
  const unwatchSettings = watchSettings((settings) => (deviceOnly.value = settings.keepAnswersOnDeviceOnly));
  void getSettings().then((settings) => (deviceOnly.value = settings.keepAnswersOnDeviceOnly));
  refresh();

  return {
    overview,
    deviceOnly,
    importState,
    async setDeviceOnly(on) {
      deviceOnly.value = on;
      await updateSettings({ keepAnswersOnDeviceOnly: on });
      refresh();
    },
    async exportAll() {
      return { name: exportFileName(), text: await exportAll() };
    },
    async quarantine() {
      return { name: 'customer-benefit-check-quarantine.json', text: await quarantineDownload() };
    },
    async readImport(fileName, text) {
      importState.value = { kind: 'reading' };
      const parsed = parseImport(text);
      if (!parsed.ok) {
        importState.value = { kind: 'error', message: parsed.error };
        return;
      }
      importState.value = { kind: 'preview', fileName, file: parsed.file, preview: await previewImport(parsed.file) };
    },
    async confirmImport() {
      const state = importState.value;
      if (state.kind !== 'preview') return;
      try {
        importState.value = { kind: 'done', ...(await applyImport(state.file)) };
      } catch (error) {
        importState.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      }
      refresh();
    },
    cancelImport() {
      importState.value = { kind: 'idle' };
    },
    dispose() {
      unwatchOverview();
      unwatchSettings();
    },
  };
}
