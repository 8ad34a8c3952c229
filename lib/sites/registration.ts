import { browser, type Browser } from 'wxt/browser';
import { CONFLUENCE_EDITOR_PATHS } from '@/lib/confluence/page-detect';
import { hasSiteAccess } from './permissions';
import type { SiteKind } from './site-address';
import { siteMatches } from './site-address';
import { type Site, listSites } from './site-store';

type ContentScript = Browser.scripting.RegisteredContentScript;

/** Every script this extension registers starts with this, so the sync never touches another's. */
export const SCRIPT_ID_PREFIX = 'cbc-';

/** The built file of each kind's manifest content script (entrypoints/<name>.content). */
const SCRIPT_FILES: Record<SiteKind, string> = {
  jira: 'content-scripts/jira.js',
  confluence: 'content-scripts/confluence.js',
};

export function scriptId(site: Pick<Site, 'kind' | 'base'>): string {
  return `${SCRIPT_ID_PREFIX}${site.kind}-${site.base}`;
}

/**
 * The registered twin of the manifest's content script: same files and timing, read from the
 * built manifest so a build change cannot leave added sites on stale settings.
 */
export function scriptFor(site: Site, manifest = browser.runtime.getManifest()): ContentScript {
  const file = SCRIPT_FILES[site.kind];
  const declared = manifest.content_scripts?.find((script) => script.js?.includes(file));
  const matches = siteMatches(site);
  const script: ContentScript = {
    id: scriptId(site),
    matches,
    js: declared?.js ?? [file],
    runAt: declared?.run_at ?? 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (declared?.css?.length) script.css = declared.css;
  // The Confluence editor must never get chips; the content script checks again on in-page navigation.
  if (site.kind === 'confluence') script.excludeMatches = CONFLUENCE_EDITOR_PATHS.map((path) => matches[0]!.replace(/\/\*$/, path));
  return script;
}

function sameScript(a: ContentScript, b: ContentScript): boolean {
  const key = (s: ContentScript): string => JSON.stringify([s.matches, s.excludeMatches ?? [], s.js, s.css ?? [], s.runAt]);
  return key(a) === key(b);
}

export interface SyncResult {
  registered: string[];
  unregistered: string[];
  failed: { id: string; error: string }[];
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered scripts match the stored sites the browser still grants. Idempotent, so the
 * background runs it at every start and on permission changes, and the options page after an add.
 * Firefox (≥ 102, also MV2) and Chrome share `scripting.registerContentScripts`; registrations may
 * or may not survive a restart (Firefox < 105 ignores `persistAcrossSessions`), hence the re-sync.
 */
export function syncRegistrations(): Promise<SyncResult> {
  const run = queue.then(doSync, doSync);
  queue = run.catch(() => undefined);
  return run;
}

async function doSync(): Promise<SyncResult> {
  const result: SyncResult = { registered: [], unregistered: [], failed: [] };
  const wanted = new Map<string, ContentScript>();
  for (const site of await listSites()) {
    if (await hasSiteAccess(site.origin)) wanted.set(scriptId(site), scriptFor(site));
  }
  const current = (await browser.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(SCRIPT_ID_PREFIX));
  const stale = current.filter((script) => {
    const want = wanted.get(script.id);
    return !want || !sameScript(script, want);
  });
  if (stale.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
    result.unregistered.push(...stale.map((script) => script.id));
  }
  const kept = new Set(current.filter((script) => !stale.includes(script)).map((script) => script.id));
  for (const [id, script] of wanted) {
    if (kept.has(id)) continue;
    try {
      await browser.scripting.registerContentScripts([script]);
      result.registered.push(id);
    } catch (error) {
      // Another context (options page and background) may have registered it a moment ago.
      if (!/duplicate|already/i.test(String(error))) result.failed.push({ id, error: String(error) });
    }
  }
  return result;
}
