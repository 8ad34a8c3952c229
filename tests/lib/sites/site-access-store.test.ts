import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite } from '@/lib/sites/add-site';
import { requestSiteAccess } from '@/lib/sites/permissions';
import { syncRegistrations } from '@/lib/sites/registration';
import { createSiteAccessStore } from '@/lib/sites/site-access-store';
import { resetSitesItemForTests } from '@/lib/sites/site-store';
import { type FakeExtensionApis, installFakeExtensionApis } from './fake-extension-apis';

const deps = { requestAccess: requestSiteAccess, check: async () => ({ state: 'ok' as const, url: '', at: 1 }), sync: syncRegistrations };

describe('the popup on an added site', () => {
  let apis: FakeExtensionApis;
  beforeEach(async () => {
    resetSitesItemForTests();
    apis = installFakeExtensionApis();
    await addSite('jira.acme.com', 'jira', deps);
  });

  async function storeForTab(url: string) {
    const tab = await fakeBrowser.tabs.create({ url });
    fakeBrowser.tabs.reload = vi.fn(async () => undefined) as typeof fakeBrowser.tabs.reload;
    return { store: createSiteAccessStore(async () => tab.id!), tabId: tab.id! };
  }

  it('says nothing while the access is granted', async () => {
    const { store } = await storeForTab('https://jira.acme.com/browse/X-1');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.revoked.value).toBeNull();
  });

  it('says so after the access was removed, grants again and reloads the tab', async () => {
    await apis.revoke('https://jira.acme.com/*');
    const { store, tabId } = await storeForTab('https://jira.acme.com/browse/X-1');
    await vi.waitFor(() => expect(store.revoked.value).toEqual({ origin: 'https://jira.acme.com' }));
    await store.grant();
    expect(store.revoked.value).toBeNull();
    expect(apis.granted.has('https://jira.acme.com/*')).toBe(true);
    expect(apis.scripts.size).toBe(1);
    expect(fakeBrowser.tabs.reload).toHaveBeenCalledWith(tabId);
  });
});
