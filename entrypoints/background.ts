import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { handleAnalyzeMessage } from '@/lib/analysis/serve';
import { startSyncMirror } from '@/lib/storage/sync-mirror';

export default defineBackground(() => {
  startSyncMirror(); // answers: local → sync, and other browsers' answers → local (lib/storage)
  browser.runtime.onMessage.addListener(handleAnalyzeMessage);
});
