import type { SiteView } from '@/lib/sites/sites-store';
import { t } from '@/lib/i18n';

export interface SiteRowProps {
  site: SiteView;
  checking: boolean;
  onRemove: () => void;
  onRecheck: () => void;
  onRegrant: () => void;
  testId?: string;
}

/** What the extension knows about the site, in words: a wrong address must not fail silently. */
export function siteStatusText(site: SiteView): { text: string; tone: 'ok' | 'warning' | 'error' | 'neutral' } {
  if (!site.granted) return { text: t('sites.status.revoked'), tone: 'error' };
  const check = site.check;
  if (!check) return { text: t('sites.status.unchecked'), tone: 'neutral' };
  switch (check.state) {
    case 'ok':
      return { text: t(site.kind === 'jira' ? 'sites.status.ok.jira' : 'sites.status.ok.confluence'), tone: 'ok' };
    case 'signed-out':
      return { text: t('sites.status.signedOut'), tone: 'warning' };
    case 'unreachable':
      return { text: t('sites.status.unreachable', [check.url]), tone: 'error' };
    case 'unrecognised':
      return { text: t(site.kind === 'jira' ? 'sites.status.unrecognised.jira' : 'sites.status.unrecognised.confluence', [check.url]), tone: 'error' };
  }
}

/** One added site: its address and product, what the last check found, and what the user can do. */
export function SiteRow({ site, checking, onRemove, onRecheck, onRegrant, testId = 'site-row' }: SiteRowProps) {
  const status = siteStatusText(site);
  return (
    <li class="site-row" data-testid={testId} data-base={site.base} data-kind={site.kind}>
      <div class="site-name">
        <span class="site-base">{site.base}</span> <span class="tag">{t(site.kind === 'jira' ? 'sites.jira' : 'sites.confluence')}</span>
      </div>
      <p class={`site-status ${status.tone}`} role={status.tone === 'error' ? 'alert' : undefined} data-testid={`${testId}-status`} data-tone={status.tone}>
        {checking ? t('sites.checking') : status.text}
      </p>
      <div class="site-actions">
        {!site.granted && (
          <button type="button" class="button primary" onClick={onRegrant} data-testid={`${testId}-grant`}>
            {t('sites.grantAgain')}
          </button>
        )}
        {site.granted && (
          <button type="button" class="button" onClick={onRecheck} disabled={checking} data-testid={`${testId}-recheck`}>
            {t('sites.recheck')}
          </button>
        )}
        <button type="button" class="button" onClick={onRemove} aria-label={t('sites.removeLabel', [site.base])} data-testid={`${testId}-remove`}>
          {t('sites.remove')}
        </button>
      </div>
    </li>
  );
}
