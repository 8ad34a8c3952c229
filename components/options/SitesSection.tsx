import { useEffect, useState } from 'preact/hooks';
import { type SitesNotice, type SitesStore, createSitesStore, siteId } from '@/lib/sites/sites-store';
import { t } from '@/lib/i18n';
import { SiteAddForm } from './SiteAddForm';
import { SiteRow } from './SiteRow';

export interface SitesSectionProps {
  /** Tests pass a store with fake steps; the options page lets the section make its own. */
  store?: SitesStore;
  testId?: string;
}

/** The section's own layout; the options page's stylesheet covers type, buttons and colours. */
const SITES_CSS = `
.site-list { list-style: none; padding: 0; margin: 8px 0; display: grid; gap: 8px; }
.site-row { border: 1px solid color-mix(in srgb, currentColor 20%, transparent); border-radius: 6px; padding: 8px 12px; }
.site-row .site-status { margin: 4px 0; }
.site-base { font-weight: 600; word-break: break-all; }
.tag { font-size: 12px; padding: 0 6px; border-radius: 8px; background: color-mix(in srgb, currentColor 12%, transparent); }
.site-actions { display: flex; gap: 8px; flex-wrap: wrap; }
.site-add { display: grid; grid-template-columns: 1fr auto auto; gap: 8px; align-items: end; }
.site-add .field { display: grid; gap: 2px; }
.site-add .hint { grid-column: 1 / -1; margin: 0; }
.site-add input { font: inherit; padding: 4px 8px; }
.site-add select { font: inherit; padding: 4px; }
.ok { color: #216e4e; }
.warning { color: #a54800; }
@media (prefers-color-scheme: dark) { .ok { color: #7ee2b8; } .warning { color: #fec195; } }
`;

function noticeText(notice: SitesNotice): string {
  if (notice.kind === 'added') return t('sites.added', [notice.base]);
  switch (notice.reason) {
    case 'invalid':
      return t('sites.error.invalid', [notice.input]);
    case 'denied':
      return t('sites.error.denied', [notice.input]);
    case 'failed':
      return t('sites.error.failed', [notice.detail ?? '']);
    default:
      return t(`sites.error.${notice.reason}`);
  }
}

/** Options page: the Jira and Confluence sites the extension works on, and adding one. */
export function SitesSection({ store: given, testId = 'sites-section' }: SitesSectionProps) {
  const [store] = useState(() => given ?? createSitesStore());
  useEffect(() => () => store.dispose(), [store]);
  const notice = store.notice.value;
  const checking = store.checking.value;
  return (
    <section class="options-section" aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <style>{SITES_CSS}</style>
      <h2 id={`${testId}-heading`}>{t('sites.heading')}</h2>
      <p class="hint">{t('sites.intro')}</p>
      <ul class="site-list">
        <li class="site-row builtin" data-testid={`${testId}-builtin`}>
          <div class="site-name">{t('sites.builtIn')}</div>
          <p class="site-status ok">{t('sites.builtInNote')}</p>
        </li>
      </ul>
      <SiteAddForm busy={store.busy.value} onAdd={(input, kind) => void store.add(input, kind)} testId="site-add" />
      {notice && (
        <p class={`notice ${notice.kind === 'added' ? 'ok' : 'error'}`} role={notice.kind === 'added' ? 'status' : 'alert'} data-testid={`${testId}-notice`}>
          {noticeText(notice)}
        </p>
      )}
      <h3>{t('sites.listHeading')}</h3>
      {store.sites.value.length === 0 ? (
        <p class="hint" data-testid={`${testId}-empty`}>
          {t('sites.none')}
        </p>
      ) : (
        <ul class="site-list" data-testid={`${testId}-list`}>
          {store.sites.value.map((site) => (
            <SiteRow
              key={siteId(site)}
              site={site}
              checking={checking.includes(siteId(site))}
              onRemove={() => void store.remove(site)}
              onRecheck={() => void store.recheck(site)}
              onRegrant={() => void store.regrant(site)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
