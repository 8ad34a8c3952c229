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

export const STORAGE_MESSAGES = {
  localFull:
    "The browser's storage for this extension is full, so this change is kept in this page only for now. Export your answers from the options page, then free some space.",
  newerVersion:
    'This answer was saved by a newer version of Customer Benefit Check. It is kept unchanged; update the extension to edit it.',
  failed: 'The answer could not be saved. Your words are kept in this page and will be saved on the next try.',
} as const;

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
