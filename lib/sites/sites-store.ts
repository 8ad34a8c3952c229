import { type Signal, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { type AddSiteResult, type SiteFlowDeps, addSite, forgetSite, recheckSite, regrantSite } from './add-site';
import { hasSiteAccess } from './permissions';
import type { SiteKind } from './site-address';
import { type Site, listSites, watchSites } from './site-store';

export interface SiteView extends Site {
  /** False when the user removed the permission in the browser's settings. */
  granted: boolean;
}

export type SitesNotice = { kind: 'added'; base: string } | { kind: 'error'; reason: Exclude<AddSiteResult, { ok: true }>['reason']; input: string; detail?: string };

/** The options page's "Sites" section: the added sites, their access and checks, and the actions. */
export interface SitesStore {
  sites: Signal<SiteView[]>;
  busy: Signal<boolean>;
  /** `kind|base` of sites being checked again. */
  checking: Signal<string[]>;
  notice: Signal<SitesNotice | null>;
  /** Call straight from the click or submit handler (the permission prompt needs the user gesture). */
  add(input: string, kind: SiteKind): Promise<void>;
  remove(site: Site): Promise<void>;
  recheck(site: Site): Promise<void>;
  regrant(site: Site): Promise<void>;
  dispose(): void;
}

export const siteId = (site: Pick<Site, 'kind' | 'base'>): string => `${site.kind}|${site.base}`;

export function createSitesStore(deps?: SiteFlowDeps): SitesStore {
  const sites = signal<SiteView[]>([]);
  const busy = signal(false);
  const checking = signal<string[]>([]);
  const notice = signal<SitesNotice | null>(null);

  async function show(list: Site[]): Promise<void> {
    sites.value = await Promise.all(list.map(async (site) => ({ ...site, granted: await hasSiteAccess(site.origin) })));
  }
  const refresh = (): void => void listSites().then(show);
  const unwatch = watchSites((list) => void show(list));
  // The user may remove or grant the permission in the browser's settings while the page is open.
  browser.permissions.onAdded.addListener(refresh);
  browser.permissions.onRemoved.addListener(refresh);
  refresh();

  return {
    sites,
    busy,
    checking,
    notice,
    async add(input, kind) {
      busy.value = true;
      notice.value = null;
      const pending = addSite(input, kind, deps); // first: the permission request must see the gesture
      try {
        const result = await pending;
        notice.value = result.ok
          ? { kind: 'added', base: result.site.base }
          : { kind: 'error', reason: result.reason, input: input.trim(), ...(result.detail ? { detail: result.detail } : {}) };
        await show(await listSites());
      } finally {
        busy.value = false;
      }
    },
    async remove(site) {
      await forgetSite(site, deps);
      notice.value = null;
      await show(await listSites());
    },
    async recheck(site) {
      checking.value = [...checking.value, siteId(site)];
      try {
        await show(await recheckSite(site, deps));
      } finally {
        checking.value = checking.value.filter((id) => id !== siteId(site));
      }
    },
    async regrant(site) {
      const granted = regrantSite(site.origin, deps);
      if (await granted) await show(await listSites());
    },
    dispose() {
      unwatch();
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    },
  };
}
