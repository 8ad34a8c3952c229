import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSiteInput } from '@/lib/sites/site-address';
import { resetSitesItemForTests, putSite, removeSite, type Site } from '@/lib/sites/site-store';
import { scriptFor, syncRegistrations } from '@/lib/sites/registration';
import { startSiteRegistration } from '@/lib/sites/start';
import { type FakeExtensionApis, MANIFEST, installFakeExtensionApis } from './fake-extension-apis';

function address(input: string) {
  const parsed = parseSiteInput(input);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.address;
}

const site = (kind: Site['kind'], input: string): Site => ({ kind, ...address(input), addedAt: 1 });

describe('content scripts for added sites', () => {
  let apis: FakeExtensionApis;
  beforeEach(() => {
    resetSitesItemForTests();
    apis = installFakeExtensionApis();
  });

  it('loads the same built files as the manifest script, under the context path', () => {
    expect(scriptFor(site('jira', 'https://tools.acme.com/jira'), MANIFEST)).toEqual({
      id: 'cbc-jira-https://tools.acme.com/jira',
      matches: ['https://tools.acme.com/jira/*'],
      js: ['content-scripts/jira.js'],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
    const confluence = scriptFor(site('confluence', 'https://tools.acme.com/confluence'), MANIFEST);
    expect(confluence.js).toEqual(['content-scripts/confluence.js']);
    expect(confluence.excludeMatches).toContain('https://tools.acme.com/confluence/*/pages/edit-v2/*');
    expect(confluence.excludeMatches).toContain('https://tools.acme.com/confluence/*editpage.action*');
  });

  it('registers granted sites only, and is idempotent', async () => {
    await putSite(address('https://jira.acme.com'), 'jira');
    await putSite(address('https://wiki.acme.com'), 'confluence');
    apis.granted.add('https://jira.acme.com/*');
    expect(await syncRegistrations()).toEqual({ registered: ['cbc-jira-https://jira.acme.com'], unregistered: [], failed: [] });
    expect(await syncRegistrations()).toEqual({ registered: [], unregistered: [], failed: [] });
    expect([...apis.scripts.keys()]).toEqual(['cbc-jira-https://jira.acme.com']);
  });

  it('unregisters removed sites and leaves other scripts alone', async () => {
    apis.scripts.set('someone-else', { id: 'someone-else', matches: ['https://x.com/*'], js: ['x.js'] });
    await putSite(address('https://jira.acme.com'), 'jira');
    apis.granted.add('https://jira.acme.com/*');
    await syncRegistrations();
    await removeSite({ kind: 'jira', base: 'https://jira.acme.com' });
    expect((await syncRegistrations()).unregistered).toEqual(['cbc-jira-https://jira.acme.com']);
    expect([...apis.scripts.keys()]).toEqual(['someone-else']);
  });

  it('re-registers a script whose registration went stale (a build changed its files)', async () => {
    await putSite(address('https://jira.acme.com'), 'jira');
    apis.granted.add('https://jira.acme.com/*');
    apis.scripts.set('cbc-jira-https://jira.acme.com', { id: 'cbc-jira-https://jira.acme.com', matches: ['https://jira.acme.com/*'], js: ['old.js'] });
    const result = await syncRegistrations();
    expect(result.unregistered).toEqual(['cbc-jira-https://jira.acme.com']);
    expect(apis.scripts.get('cbc-jira-https://jira.acme.com')!.js).toEqual(['content-scripts/jira.js']);
  });

  it('concurrent syncs (options page and background) neither fail nor duplicate', async () => {
    await putSite(address('https://jira.acme.com'), 'jira');
    apis.granted.add('https://jira.acme.com/*');
    const [a, b] = await Promise.all([syncRegistrations(), syncRegistrations()]);
    expect([...a.failed, ...b.failed]).toEqual([]);
    expect(apis.scripts.size).toBe(1);
  });

  it('the background registers at start and follows the permission being removed in the browser', async () => {
    await putSite(address('https://jira.acme.com'), 'jira');
    apis.granted.add('https://jira.acme.com/*');
    startSiteRegistration();
    await expect.poll(() => apis.scripts.size).toBe(1);
    await apis.revoke('https://jira.acme.com/*');
    await expect.poll(() => apis.scripts.size).toBe(0);
    await fakeBrowser.permissions.request({ origins: ['https://jira.acme.com/*'] });
    await expect.poll(() => apis.scripts.size).toBe(1);
  });

  it('registers again at browser start when the browser did not keep the registration', async () => {
    await putSite(address('https://jira.acme.com'), 'jira');
    apis.granted.add('https://jira.acme.com/*');
    startSiteRegistration();
    await expect.poll(() => apis.scripts.size).toBe(1);
    apis.scripts.clear(); // Firefox < 105 ignores persistAcrossSessions
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(() => apis.scripts.size).toBe(1);
  });
});
