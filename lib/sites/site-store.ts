import { z } from 'zod/mini';
import { type WxtStorageItem, storage } from 'wxt/utils/storage';
import type { SiteAddress, SiteKind } from './site-address';

/** What the last look at the site found: it may answer as Jira or Confluence, or not at all. */
export const siteCheckSchema = z.object({
  state: z.enum(['ok', 'signed-out', 'unrecognised', 'unreachable']),
  /** The URL that was asked, for the message. */
  url: z.string(),
  at: z.number(),
});

/** One site the user added. The same host may appear twice: Jira and Confluence under different paths. */
export const siteSchema = z.object({
  kind: z.enum(['jira', 'confluence']),
  origin: z.string(),
  contextPath: z.string(),
  base: z.string(),
  addedAt: z.number(),
  check: z.optional(siteCheckSchema),
});

export type Site = z.infer<typeof siteSchema>;
export type SiteCheck = z.infer<typeof siteCheckSchema>;

type SitesItem = WxtStorageItem<unknown, Record<string, unknown>>;
let item: SitesItem | null = null;

/** Defined on first use: entrypoints are imported in Node at build time. */
function sitesItem(): SitesItem {
  item ??= storage.defineItem<unknown>('local:sites', { fallback: [] });
  return item;
}

/** Keeps every valid entry; one bad record (hand-edited, older build) must not hide the others. */
export function parseSites(raw: unknown): Site[] {
  if (!Array.isArray(raw)) return [];
  const sites: Site[] = [];
  for (const entry of raw) {
    const read = siteSchema.safeParse(entry);
    if (read.success) sites.push(read.data);
  }
  return sites;
}

export async function listSites(): Promise<Site[]> {
  return parseSites(await sitesItem().getValue());
}

export function sameSite(a: Pick<Site, 'kind' | 'base'>, b: Pick<Site, 'kind' | 'base'>): boolean {
  return a.kind === b.kind && a.base === b.base;
}

/** Adds (or refreshes) a site; returns the new list. */
export async function putSite(address: SiteAddress, kind: SiteKind, now = Date.now()): Promise<Site[]> {
  const sites = await listSites();
  const existing = sites.find((site) => sameSite(site, { kind, base: address.base }));
  const next = existing ? sites : [...sites, { kind, ...address, addedAt: now }];
  await sitesItem().setValue(next);
  return next;
}

export async function removeSite(site: Pick<Site, 'kind' | 'base'>): Promise<Site[]> {
  const next = (await listSites()).filter((other) => !sameSite(other, site));
  await sitesItem().setValue(next);
  return next;
}

export async function recordCheck(site: Pick<Site, 'kind' | 'base'>, check: SiteCheck): Promise<Site[]> {
  const next = (await listSites()).map((other) => (sameSite(other, site) ? { ...other, check } : other));
  await sitesItem().setValue(next);
  return next;
}

export function watchSites(callback: (sites: Site[]) => void): () => void {
  return sitesItem().watch((value) => callback(parseSites(value)));
}

/** For tests that reset fakeBrowser between cases. */
export function resetSitesItemForTests(): void {
  item = null;
}
