/** The storage layer's public surface, for components and entrypoints. */
export * from './answer-schema';
export * from './answers';
export * from './settings';
export { clearQuarantine, countQuarantined, quarantineDownload, watchQuarantineCount } from './quarantine';
export {
  type AnswerSyncState,
  type SyncStatus,
  getAnswerSyncState,
  getSyncStatus,
  syncStateOf,
  watchAnswerSyncState,
  watchSyncStatus,
} from './sync-status';
export { startSyncMirror, type SyncMirror } from './sync-mirror';
export { SYNC_LIMITS } from './quota';
export * from './export-import';
export * from './storage-overview';
