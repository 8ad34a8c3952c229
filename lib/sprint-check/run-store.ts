import { browser } from 'wxt/browser';
import { type CheckRun, checkRunSchema } from './protocol';

/** One run per Jira site: `sprintCheck:https://acme.atlassian.net`. */
export const RUN_KEY_PREFIX = 'sprintCheck:';

type Area = typeof browser.storage.local;

/**
 * Where runs live: `storage.session` (Chrome 102+, Firefox 115+, both manifest versions), which the
 * browser empties on restart and keeps out of sync and exports. Where it is missing, `storage.local`,
 * whose leftovers `interruptStaleRuns` tidies at the next background start.
 */
export function runArea(): { area: Area; name: 'session' | 'local' } {
  const session = (browser.storage as { session?: Area }).session;
  return session ? { area: session, name: 'session' } : { area: browser.storage.local, name: 'local' };
}

export function runKey(site: string): string {
  return `${RUN_KEY_PREFIX}${site}`;
}

function parseRun(raw: unknown): CheckRun | null {
  const parsed = checkRunSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function readRun(site: string): Promise<CheckRun | null> {
  const key = runKey(site);
  return parseRun((await runArea().area.get(key))[key]);
}

export async function writeRun(run: CheckRun): Promise<void> {
  await runArea().area.set({ [runKey(run.site)]: run });
}

/** Calls back with the site's run now and on every change; returns the function that stops. */
export function watchRun(site: string, callback: (run: CheckRun | null) => void): () => void {
  const key = runKey(site);
  const { name } = runArea();
  let stopped = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === name && key in changes) callback(parseRun(changes[key]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  void readRun(site).then((run) => {
    if (!stopped) callback(run);
  });
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

/**
 * A run still marked running when the background starts belonged to a background that was stopped
 * (the browser ended an idle service worker, or the extension was updated): say so instead of
 * showing a bar that never moves. What it checked is already saved.
 */
export async function interruptStaleRuns(now: number): Promise<void> {
  const { area } = runArea();
  const all = await area.get(null);
  const writes: Record<string, CheckRun> = {};
  for (const [key, raw] of Object.entries(all)) {
    const run = key.startsWith(RUN_KEY_PREFIX) ? parseRun(raw) : null;
    if (run?.status !== 'running') continue;
    const error = {
      en: 'The check stopped when the browser paused the extension. What it checked is saved; start it again for the rest.',
      pl: 'Sprawdzanie przerwało się, gdy przeglądarka wstrzymała rozszerzenie. To, co sprawdzono, jest zapisane; uruchom je ponownie, by sprawdzić resztę.',
    };
    writes[key] = { ...run, status: 'failed', error, updatedAt: now };
  }
  if (Object.keys(writes).length > 0) await area.set(writes);
}
