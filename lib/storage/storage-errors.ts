import { t } from '@/lib/i18n';

/** What went wrong with a write, in words the panel can show as they are. */
export type StorageErrorCode = 'local-full' | 'newer-version' | 'failed';

export class StorageWriteError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageWriteError';
    this.code = code;
  }
}

/** Read when shown, so they follow the interface language (locales/*.json, `storage.*`). */
export const STORAGE_MESSAGES = {
  get localFull(): string {
    return t('storage.localFull');
  },
  get newerVersion(): string {
    return t('storage.newerVersion');
  },
  get failed(): string {
    return t('storage.failed');
  },
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Chrome and Firefox both say QUOTA_BYTES (Firefox also "quota") when an area is full. */
export function isQuotaError(error: unknown): boolean {
  return /QUOTA_BYTES|quota/i.test(messageOf(error));
}

/** After an extension update or reload, an old content script can no longer reach storage. */
export function isContextInvalidated(error: unknown): boolean {
  return /context invalidated|extension context|can't access dead object/i.test(messageOf(error));
}

export function toWriteError(error: unknown): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  if (isQuotaError(error)) return new StorageWriteError('local-full', STORAGE_MESSAGES.localFull, { cause: error });
  return new StorageWriteError('failed', STORAGE_MESSAGES.failed, { cause: error });
}
