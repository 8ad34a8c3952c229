import type { StorageOverview } from '@/lib/storage/storage-overview';
import { STORAGE_STRINGS as S } from './strings';

export interface SyncUsageProps {
  overview: StorageOverview;
  testId?: string;
}

const number = (n: number): string => n.toLocaleString('en');

/** How full browser sync is, and how many answers could not go there. */
export function SyncUsage({ overview, testId = 'sync-usage' }: SyncUsageProps) {
  const { syncBytes, syncMaxBytes, syncItems, syncMaxItems } = overview;
  return (
    <div data-testid={testId}>
      <h3>{S.syncHeading}</h3>
      {!overview.syncEnabled && <p data-testid="sync-off">{S.syncOff}</p>}
      <meter min={0} max={syncMaxBytes} value={syncBytes} aria-label={S.syncHeading} />
      <ul>
        <li data-testid="sync-bytes">{S.syncBytes(number(syncBytes), number(syncMaxBytes))}</li>
        <li data-testid="sync-items">{S.syncItems(syncItems, syncMaxItems)}</li>
        <li data-testid="answer-count">{S.answers(overview.answers)}</li>
        <li data-testid="device-only-count">{S.deviceOnly(overview.deviceOnly)}</li>
        {overview.pending > 0 && <li data-testid="pending-count">{S.pending(overview.pending)}</li>}
      </ul>
      {overview.lastError && (
        <p role="status" data-testid="sync-error">
          {S.lastError(overview.lastError)}
        </p>
      )}
    </div>
  );
}
