import { t } from '@/lib/i18n';

export interface GrantAccessNoticeProps {
  /** The site's origin, as the user knows it. */
  origin: string;
  /** Must call `permissions.request` at once: the browser only prompts during the click. */
  onGrant: () => void;
  testId?: string;
}

/** Said where the user removed the extension's access to an added site (popup, options page). */
export function GrantAccessNotice({ origin, onGrant, testId = 'grant-access-notice' }: GrantAccessNoticeProps) {
  return (
    <div class="notice warning" role="status" data-testid={testId}>
      <p>{t('sites.revokedNotice', [origin])}</p>
      <button type="button" class="button" data-testid={`${testId}-grant`} onClick={onGrant}>
        {t('sites.grantAgain')}
      </button>
    </div>
  );
}
