import type { StorageOverview } from '@/lib/storage/storage-overview';
import { t } from '@/lib/i18n';

export interface SyncUsageProps {
  overview: StorageOverview;
  testId?: string;
}

const number = (n: number): string => n.toLocaleString(t('uiLanguage'));

/** How full browser sync is, and how many answers could not go there. */
export function SyncUsage({ overview, testId = 'sync-usage' }: SyncUsageProps) {
  const { syncBytes, syncMaxBytes, syncItems, syncMaxItems } = overview;
  return (
    <div data-testid={testId}>
      <h3>{t('options.storage.syncHeading')}</h3>
      {!overview.syncEnabled && <p data-testid="sync-off">{t('options.storage.syncOff')}</p>}
      <meter min={0} max={syncMaxBytes} value={syncBytes} aria-label={t('options.storage.syncHeading')} />
      <ul>
        <li data-testid="sync-bytes">{t('options.storage.syncBytes', [number(syncBytes), number(syncMaxBytes)])}</li>
        <li data-testid="sync-items">{t('options.storage.syncItems', [number(syncItems), number(syncMaxItems)])}</li>
        <li data-testid="answer-count">{t('options.storage.answers', [overview.answers])}</li>
        <li data-testid="device-only-count">{t('options.storage.deviceOnly', [overview.deviceOnly])}</li>
        {overview.pending > 0 && <li data-testid="pending-count">{t('options.storage.pending', [overview.pending])}</li>}
      </ul>
      {overview.lastError && (
        <p role="status" data-testid="sync-error">
          {t('options.storage.lastError', [overview.lastError])}
        </p>
      )}
    </div>
  );
}
