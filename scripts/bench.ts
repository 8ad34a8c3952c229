/**
 * `npm run bench`: sizes of the production build, and the speed figures the issues set budgets for.
 * Timings are reported here, never asserted in tests. Run after `npm run build && npm run build:demo`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureBundle, overBudget, SIZE_BUDGETS } from './bench/sizes';
import { benchPanelLatency, percentile } from './bench/panel-latency';
import { benchBigBoard, benchNavigationMemory } from './bench/page-budgets';
import { emptyExtension } from './bench/empty-extension';
import { benchSprintCheckInBrowser } from './bench/sprint-check-browser';

const root = resolve(import.meta.dirname, '..');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function section(title: string): void {
  console.log(`\n## ${title}`);
}

async function optionalBench(title: string, module: string, exportName: string): Promise<void> {
  section(title);
  if (!existsSync(join(import.meta.dirname, 'bench', `${module}.ts`))) return console.log('(not built yet)');
  const bench = (await import(`./bench/${module}.ts`)) as Record<string, () => Promise<Record<string, string | number>>>;
  console.table(await bench[exportName]!());
}

section('Bundle sizes (production build, .output/chrome-mv3)');
const production = join(root, '.output/chrome-mv3');
if (!existsSync(production)) throw new Error('Run "npm run build" first');
const sizes = measureBundle(production);
console.table(sizes.map((size) => ({ file: size.file, raw: kb(size.raw), gzip: kb(size.gzip), budget: SIZE_BUDGETS[size.file] ? kb(SIZE_BUDGETS[size.file]!) : '' })));
for (const problem of overBudget(sizes)) console.log(`OVER BUDGET ${problem}`);

section('Panel visible after its anchor appears (Chromium, 20 runs; budget 100 ms)');
const latencies = await benchPanelLatency(join(root, '.output/chrome-mv3-demo'));
console.log(`median ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);

section('Memory over 200 client-side navigations (budget: +1 MB from the 10th, exactly one panel)');
console.table(await benchNavigationMemory(join(root, '.output/chrome-mv3-demo')));

section('A 500-card board re-rendering its cards 20 times (budget: no task over 50 ms caused by the extension)');
console.table(await benchBigBoard(join(root, '.output/chrome-mv3-demo'), emptyExtension()));

await optionalBench('Analyzer', 'analyzer', 'benchAnalyzer');
await optionalBench('Storage', 'storage', 'benchStorage');
await optionalBench('Sprint check through Jira REST (mock)', 'jira-rest', 'benchSprintCheck');
section('Sprint check of 1,000 issues through the extension, relayed by the Jira tab (Chromium)');
console.table(await benchSprintCheckInBrowser(join(root, '.output/chrome-mv3-demo')));
await optionalBench('Review page: 5,000 tickets', 'review', 'benchReview');
