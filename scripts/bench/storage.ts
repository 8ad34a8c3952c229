/**
 * Storage figures for issue 4: how many typical answers fit in `storage.sync` (through the quota
 * double, which counts and refuses as Chrome does), and how long the review page takes to load
 * 5,000 answers from local. Runs in Node: fakeBrowser stands in for the extension APIs.
 */
import { performance } from 'node:perf_hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const TARGET_IN_SYNC = 400;
const LOAD_COUNT = 5_000;
const LOAD_BUDGET_MS = 200;

export async function benchStorage(): Promise<Record<string, string | number>> {
  // Before lib is imported: `wxt/browser` picks up the global once.
  Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
  const { installSyncQuotas } = await import('../../tests/lib/storage/sync-quota-double');
  const { asLocalItems, typicalAnswer } = await import('../../tests/lib/storage/helpers');
  const { startSyncMirror } = await import('../../lib/storage/sync-mirror');
  const { getSyncStatus } = await import('../../lib/storage/sync-status');
  const { listAnswers } = await import('../../lib/storage/answers');
  const { syncBytesInUse } = await import('../../lib/storage/quota');

  fakeBrowser.reset();
  const double = installSyncQuotas(fakeBrowser.storage.sync);
  const t0 = Date.now();
  const offered = Array.from({ length: 1_000 }, (_, i) => typicalAnswer(i, t0 - i * 60_000));
  await fakeBrowser.storage.local.set(asLocalItems(offered));
  const mirror = startSyncMirror({ debounceMs: 60_000 });
  const packStart = performance.now();
  await mirror.flushNow();
  const packMs = performance.now() - packStart;
  mirror.stop();
  const status = await getSyncStatus();
  const inSync = await fakeBrowser.storage.sync.get(null);
  const fit = Object.keys(status.synced).length;
  double.uninstall();

  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(asLocalItems(Array.from({ length: LOAD_COUNT }, (_, i) => typicalAnswer(i, t0 - i * 1_000))));
  await listAnswers(); // warm up the JIT the way a second visit would
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const loaded = await listAnswers();
    runs.push(performance.now() - start);
    if (loaded.length !== LOAD_COUNT) throw new Error(`loaded ${loaded.length} answers, expected ${LOAD_COUNT}`);
  }
  const median = [...runs].sort((a, b) => a - b)[2]!;

  return {
    'typical answers in sync (of 1,000 offered)': fit,
    [`target ≥ ${TARGET_IN_SYNC}`]: fit >= TARGET_IN_SYNC ? 'met' : 'MISSED',
    'sync bytes used / 102,400': syncBytesInUse(inSync),
    'sync items used / 512': Object.keys(inSync).length,
    'bytes per answer in sync': Math.round(syncBytesInUse(inSync) / Math.max(fit, 1)),
    'bytes per answer as plain JSON': Math.round(JSON.stringify(offered.slice(0, fit)).length / Math.max(fit, 1)),
    'first full mirror pass, ms': Math.round(packMs),
    [`load ${LOAD_COUNT.toLocaleString('en')} answers from local, median of 5, ms`]: Number(median.toFixed(1)),
    [`target < ${LOAD_BUDGET_MS} ms`]: median < LOAD_BUDGET_MS ? 'met' : 'MISSED',
  };
}
