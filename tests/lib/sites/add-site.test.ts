import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addSite, forgetSite, regrantSite } from '@/lib/sites/add-site';
import { siteAccessState } from '@/lib/sites/permissions';
import { listSites, resetSitesItemForTests } from '@/lib/sites/site-store';
import { requestSiteAccess } from '@/lib/sites/permissions';
import { syncRegistrations } from '@/lib/sites/registration';
import type { SiteCheck } from '@/lib/sites/site-store';
import { type FakeExtensionApis, installFakeExtensionApis } from './fake-extension-apis';

const okCheck = async (site: { base: string }): Promise<SiteCheck> => ({ state: 'ok', url: `${site.base}/rest/api/2/serverInfo`, at: 5 });
const deps = () => ({ requestAccess: requestSiteAccess, check: vi.fn(okCheck), sync: syncRegistrations });

describe('adding a site', () => {
  let apis: FakeExtensionApis;
  beforeEach(() => {
    resetSitesItemForTests();
    apis = installFakeExtensionApis();
  });

  it('asks for that origin only, keeps the site, registers its script and records the check', async () => {
    const flow = deps();
    const result = await addSite('https://tools.acme.com:8443/jira/browse/PAY-1', 'jira', flow);
    expect(apis.prompts).toEqual([['https://tools.acme.com/*']]);
    expect(result).toMatchObject({ ok: true, site: { kind: 'jira', base: 'https://tools.acme.com:8443/jira', check: { state: 'ok' } } });
    expect([...apis.scripts.keys()]).toEqual(['cbc-jira-https://tools.acme.com:8443/jira']);
    expect(flow.check).toHaveBeenCalledWith({ kind: 'jira', base: 'https://tools.acme.com:8443/jira' });
  });

  it('asks the browser before anything else awaits (the prompt needs the click)', () => {
    const requestAccess = vi.fn(() => new Promise<boolean>(() => undefined));
    void addSite('jira.acme.com', 'jira', { ...deps(), requestAccess });
    expect(requestAccess).toHaveBeenCalledWith('https://jira.acme.com');
  });

  it('keeps nothing when the user says no in the prompt', async () => {
    apis.answerPrompt = false;
    expect(await addSite('jira.acme.com', 'jira', deps())).toEqual({ ok: false, reason: 'denied' });
    expect(await listSites()).toEqual([]);
    expect(apis.scripts.size).toBe(0);
  });

  it.each([
    ['', 'empty'],
    ['ftp://x.com', 'scheme'],
    ['acme.atlassian.net', 'atlassian'],
  ])('does not ask the browser for %j (%s)', async (input, reason) => {
    expect(await addSite(input, 'jira', deps())).toEqual({ ok: false, reason });
    expect(apis.prompts).toEqual([]);
  });

  it('keeps a site that did not answer as Jira, with the check saying so', async () => {
    const check = async (site: { base: string }): Promise<SiteCheck> => ({ state: 'unrecognised', url: `${site.base}/rest/api/2/serverInfo`, at: 1 });
    const result = await addSite('https://intranet.acme.com', 'jira', { ...deps(), check });
    expect(result).toMatchObject({ ok: true, site: { check: { state: 'unrecognised' } } });
    expect(await listSites()).toHaveLength(1);
  });

  it('adding the same site twice keeps one entry', async () => {
    await addSite('jira.acme.com', 'jira', deps());
    await addSite('https://jira.acme.com/browse/X-1', 'jira', deps());
    expect(await listSites()).toHaveLength(1);
  });
});

describe('removing and revoking', () => {
  let apis: FakeExtensionApis;
  beforeEach(() => {
    resetSitesItemForTests();
    apis = installFakeExtensionApis();
  });

  it('forgetting a site unregisters it and gives the origin back', async () => {
    const added = await addSite('jira.acme.com', 'jira', deps());
    if (!added.ok) throw new Error(added.reason);
    await forgetSite(added.site, deps());
    expect(apis.scripts.size).toBe(0);
    expect(apis.granted.has('https://jira.acme.com/*')).toBe(false);
  });

  it('keeps the origin while Jira and Confluence of the same host are both added', async () => {
    const jira = await addSite('https://tools.acme.com/jira', 'jira', deps());
    await addSite('https://tools.acme.com/confluence', 'confluence', deps());
    if (!jira.ok) throw new Error(jira.reason);
    await forgetSite(jira.site, deps());
    expect(apis.granted.has('https://tools.acme.com/*')).toBe(true);
    expect([...apis.scripts.keys()]).toEqual(['cbc-confluence-https://tools.acme.com/confluence']);
  });

  it.each([
    ['atlassian', 'https://acme.atlassian.net/browse/X-1'],
    ['not-added', 'https://other.example.com/browse/X-1'],
    ['not-added', 'chrome://extensions'],
    ['granted', 'https://jira.acme.com/browse/X-1'],
  ])('siteAccessState is %s for %s', async (state, url) => {
    await addSite('jira.acme.com', 'jira', deps());
    expect(await siteAccessState(url)).toBe(state);
  });

  it('says "revoked" after the permission was removed in the browser, and "Grant access again" restores it', async () => {
    await addSite('jira.acme.com', 'jira', deps());
    await apis.revoke('https://jira.acme.com/*');
    expect(await siteAccessState('https://jira.acme.com/browse/X-1')).toBe('revoked');
    expect(await regrantSite('https://jira.acme.com', deps())).toBe(true);
    expect(await siteAccessState('https://jira.acme.com/browse/X-1')).toBe('granted');
    expect([...apis.scripts.keys()]).toEqual(['cbc-jira-https://jira.acme.com']);
  });
});
