import { requestSiteAccess, releaseSiteAccess } from './permissions';
import { type SiteKind, parseSiteInput } from './site-address';
import { checkSite } from './site-check';
import { type Site, putSite, recordCheck, removeSite } from './site-store';
import { syncRegistrations } from './registration';

export type AddSiteResult =
  | { ok: true; site: Site }
  | { ok: false; reason: 'empty' | 'invalid' | 'scheme' | 'atlassian' | 'denied' | 'failed'; detail?: string };

/** The steps of adding a site, injectable so tests and the options page share one flow. */
export interface SiteFlowDeps {
  requestAccess: (origin: string) => Promise<boolean>;
  check: typeof checkSite;
  sync: typeof syncRegistrations;
}

const defaultDeps: SiteFlowDeps = { requestAccess: requestSiteAccess, check: checkSite, sync: syncRegistrations };

/**
 * "Add a site": asks for that origin only, keeps the site, registers its content script, then looks
 * whether Jira or Confluence answers there. Call straight from the click handler: the permission
 * request is the first thing that awaits, so the browser still sees the user's gesture.
 */
export async function addSite(input: string, kind: SiteKind, deps: SiteFlowDeps = defaultDeps): Promise<AddSiteResult> {
  const parsed = parseSiteInput(input);
  if (!parsed.ok) return parsed;
  let granted: boolean;
  try {
    granted = await deps.requestAccess(parsed.address.origin);
  } catch (error) {
    return { ok: false, reason: 'failed', detail: String(error) };
  }
  if (!granted) return { ok: false, reason: 'denied' };
  await putSite(parsed.address, kind);
  const sync = await deps.sync();
  const failure = sync.failed[0];
  if (failure) return { ok: false, reason: 'failed', detail: failure.error };
  const check = await deps.check({ kind, base: parsed.address.base });
  const sites = await recordCheck({ kind, base: parsed.address.base }, check);
  return { ok: true, site: sites.find((site) => site.kind === kind && site.base === parsed.address.base)! };
}

/** "Grant access again" after the permission was removed in the browser's settings. */
export async function regrantSite(origin: string, deps: Pick<SiteFlowDeps, 'requestAccess' | 'sync'> = defaultDeps): Promise<boolean> {
  const granted = await deps.requestAccess(origin);
  if (granted) await deps.sync();
  return granted;
}

/** Forgets a site, unregisters its script and gives the origin back when nothing else uses it. */
export async function forgetSite(site: Site, deps: Pick<SiteFlowDeps, 'sync'> = defaultDeps): Promise<void> {
  const remaining = await removeSite(site);
  await deps.sync();
  await releaseSiteAccess(site.origin, remaining);
}

/** Looks again (the user signed in, or fixed the VPN). */
export async function recheckSite(site: Site, deps: Pick<SiteFlowDeps, 'check'> = defaultDeps): Promise<Site[]> {
  return recordCheck(site, await deps.check(site));
}
