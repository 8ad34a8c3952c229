import { type Signal, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { regrantSite } from './add-site';
import { siteAccessState } from './permissions';

/** The popup's view of the tab's site: set only when the user added it and later removed the access. */
export interface SiteAccessStore {
  revoked: Signal<{ origin: string } | null>;
  /** Call straight from the click: the browser prompts only during the gesture. */
  grant(): Promise<void>;
}

/**
 * The tab's URL comes from `tabs.get`, readable because the popup's opening grants `activeTab`;
 * without access to the site no content script can tell the popup anything.
 */
export function createSiteAccessStore(findTab: () => Promise<number | null>): SiteAccessStore {
  const revoked = signal<{ origin: string } | null>(null);
  let tabId: number | null = null;
  void (async () => {
    tabId = await findTab();
    const url = tabId === null ? undefined : (await browser.tabs.get(tabId)).url;
    if (url && (await siteAccessState(url)) === 'revoked') revoked.value = { origin: new URL(url).origin };
  })().catch((error: unknown) => console.warn('[sites] could not read the tab', error));

  return {
    revoked,
    async grant() {
      const site = revoked.peek();
      if (!site) return;
      if (!(await regrantSite(site.origin))) return;
      revoked.value = null;
      // Registered content scripts start with the next page load, not in pages already open.
      if (tabId !== null) await browser.tabs.reload(tabId);
    },
  };
}
