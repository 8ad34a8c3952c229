import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  SITE_SHARING_VERSION,
  getSiteSharing,
  parseSiteSharing,
  resetSiteSharingItemForTests,
  setSiteSharing,
  siteSharingMigrations,
  siteSharingSchema,
  watchSiteSharing,
} from '@/lib/sharing/site-sharing';
import { siteSharingV1 } from '../../fixtures/storage/site-sharing/v1';

const CLOUD = 'https://acme.atlassian.net';
const DC = 'https://tools.example.com/jira';

/** One fixture per stored version; the last one is the current shape. */
const fixtures: unknown[] = [siteSharingV1];

describe('team sharing choices per site', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSiteSharingItemForTests();
  });

  it('is off for every site until the user switches it on', async () => {
    expect(await getSiteSharing(CLOUD)).toEqual({ shareThroughJira: false, writeUnclearLabel: false });
  });

  it('keeps one choice per site (origin plus context path)', async () => {
    await setSiteSharing(DC, { shareThroughJira: true });
    await setSiteSharing(DC, { writeUnclearLabel: true });
    expect(await getSiteSharing(DC)).toEqual({ shareThroughJira: true, writeUnclearLabel: true });
    expect(await getSiteSharing('https://tools.example.com')).toEqual({ shareThroughJira: false, writeUnclearLabel: false });
    expect(await fakeBrowser.storage.local.get('site-sharing')).toEqual({
      'site-sharing': { version: 1, sites: { [DC]: { shareThroughJira: true, writeUnclearLabel: true } } },
    });
  });

  it('switching sharing off switches the label write-back off too', async () => {
    await setSiteSharing(CLOUD, { shareThroughJira: true, writeUnclearLabel: true });
    expect(await setSiteSharing(CLOUD, { shareThroughJira: false })).toEqual({ shareThroughJira: false, writeUnclearLabel: false });
  });

  it('tells watchers of the site', async () => {
    const seen: boolean[] = [];
    const stop = watchSiteSharing(CLOUD, (choice) => seen.push(choice.shareThroughJira));
    await setSiteSharing(CLOUD, { shareThroughJira: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen).toEqual([true]);
  });

  it.each([
    ['not an object', 'on'],
    ['a wrong shape', { version: 1, sites: { [CLOUD]: { shareThroughJira: 'yes' } } }],
    ['a newer build’s shape', { version: 9, sites: {} }],
  ])('reads %s as "off everywhere", the side that never writes to Jira', (_name, raw) => {
    expect(parseSiteSharing(raw)).toEqual({ version: 1, sites: {} });
  });

  it('has a fixture per version, each parsing as stored, and a migration for every later version', () => {
    expect(fixtures).toHaveLength(SITE_SHARING_VERSION);
    for (let v = 2; v <= SITE_SHARING_VERSION; v++) expect(siteSharingMigrations[v]).toBeTypeOf('function');
    expect(siteSharingSchema.safeParse(fixtures.at(-1)).success).toBe(true);
    expect(parseSiteSharing(siteSharingV1)).toEqual(siteSharingV1);
  });
});
