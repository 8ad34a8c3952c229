import { z } from 'zod/mini';
import { type WxtStorageItem, storage } from 'wxt/utils/storage';
import { type Migrations, readVersioned } from '@/lib/storage/versioned';

/**
 * Team sharing is chosen per Jira site (origin plus Data Center context path, as answers are keyed),
 * off by default: the product writes to Jira only when the user switches it on (PRODUCT.md).
 */
export const siteSharingChoiceSchema = z.object({
  /** The answer is also written to, and read from, the issue's `customer-benefit-check` property. @default false */
  shareThroughJira: z.boolean(),
  /** Adds `customer-benefit-unclear` to unclear tickets and removes it from clear ones. @default false */
  writeUnclearLabel: z.boolean(),
});
export type SiteSharingChoice = z.infer<typeof siteSharingChoiceSchema>;

export const SITE_SHARING_VERSION = 1;

/** Version 1 (issue 6): one choice per site. */
export const siteSharingSchema = z.object({
  version: z.literal(1),
  sites: z.record(z.string(), siteSharingChoiceSchema),
});
export type SiteSharing = z.infer<typeof siteSharingSchema>;

export const SHARING_OFF: SiteSharingChoice = { shareThroughJira: false, writeUnclearLabel: false };
export const DEFAULT_SITE_SHARING: SiteSharing = { version: 1, sites: {} };

/** No step yet: version 1 is the first shape. Steps go here as `{ 2: (old: SiteSharingV1) => … }`. */
export const siteSharingMigrations: Migrations = {};

const shape = { name: 'site-sharing', current: SITE_SHARING_VERSION, schema: siteSharingSchema, migrations: siteSharingMigrations };

type SharingItem = WxtStorageItem<unknown, Record<string, unknown>>;
let item: SharingItem | null = null;

/** Defined on first use: entrypoints are imported in Node at build time. */
function sharingItem(): SharingItem {
  item ??= storage.defineItem<unknown>('local:site-sharing', {
    fallback: DEFAULT_SITE_SHARING,
    version: SITE_SHARING_VERSION,
    migrations: siteSharingMigrations,
  });
  return item;
}

/** Anything unreadable counts as "sharing off everywhere": the safe side never writes to Jira. */
export function parseSiteSharing(raw: unknown): SiteSharing {
  const read = readVersioned(raw, shape);
  return read.kind === 'ok' ? read.value : DEFAULT_SITE_SHARING;
}

export function choiceFor(all: SiteSharing, site: string): SiteSharingChoice {
  return Object.hasOwn(all.sites, site) ? all.sites[site]! : SHARING_OFF;
}

export async function getAllSiteSharing(): Promise<SiteSharing> {
  return parseSiteSharing(await sharingItem().getValue());
}

export async function getSiteSharing(site: string): Promise<SiteSharingChoice> {
  return choiceFor(await getAllSiteSharing(), site);
}

/** Label write-back needs sharing: switching sharing off switches the label off too. */
export async function setSiteSharing(site: string, patch: Partial<SiteSharingChoice>): Promise<SiteSharingChoice> {
  const all = await getAllSiteSharing();
  const merged = { ...choiceFor(all, site), ...patch };
  const next = merged.shareThroughJira ? merged : SHARING_OFF;
  await sharingItem().setValue({ version: SITE_SHARING_VERSION, sites: { ...all.sites, [site]: next } });
  return next;
}

export function watchAllSiteSharing(callback: (all: SiteSharing) => void): () => void {
  return sharingItem().watch((value) => callback(parseSiteSharing(value)));
}

export function watchSiteSharing(site: string, callback: (choice: SiteSharingChoice) => void): () => void {
  return watchAllSiteSharing((all) => callback(choiceFor(all, site)));
}

/** For tests that reset fakeBrowser between cases. */
export function resetSiteSharingItemForTests(): void {
  item = null;
}
