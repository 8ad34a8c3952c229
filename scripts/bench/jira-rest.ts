/**
 * Sprint check through Jira REST against the mock: 1,000 generated issues in pages of 100, each
 * analysed as it arrives. Issue 6 sets the budget: under 10 s in total, and the page's main thread
 * never blocked for more than 50 ms at a time.
 *
 * The mock runs in a child process, as Jira would run elsewhere, so the event-loop figures here are
 * the client's alone: fetch, JSON parsing, zod validation, ADF/wiki conversion and the analysis.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createJiraClient } from '../../lib/jira-rest/client.ts';
import type { JiraFlavour } from '../../lib/jira-rest/flavour.ts';
import type { JiraIssue } from '../../lib/jira-rest/issue.ts';
import { yieldToMain } from '../../lib/jira-rest/yield.ts';

const ISSUES = 1_000;
const PAGE_SIZE = 100;
/** Work per slice before yielding; well under the 50 ms budget to leave room for the client's own work. */
const SLICE_MS = 10;
const MOCK_SERVER = fileURLToPath(new URL('../../demo/jira-rest-mock-server.ts', import.meta.url));

export type Analyze = (issue: JiraIssue) => unknown;

const trivialAnalyze: Analyze = (issue) => /so that|aby|żeby/i.test(`${issue.summary}\n${issue.descriptionText}`);

async function startMockProcess(flavour: JiraFlavour): Promise<{ origin: string; child: ChildProcess }> {
  const args = ['--import', import.meta.resolve('tsx'), MOCK_SERVER, '--flavour', flavour, '--generate', String(ISSUES)];
  if (flavour === 'datacenter') args.push('--context-path', '/jira');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /JIRA_REST_MOCK (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`mock exited with ${code}`)));
  });
  return { origin, child };
}

interface RunResult {
  totalMs: number;
  longestSliceMs: number;
  eventLoopMaxDelayMs: number;
  checked: number;
  pages: number;
}

async function runOnce(flavour: JiraFlavour, origin: string, analyze: Analyze): Promise<RunResult> {
  const client = createJiraClient({ origin, contextPath: flavour === 'datacenter' ? '/jira' : '', flavour });
  const jql = 'project = "BENCH" ORDER BY Rank ASC';
  const loop = monitorEventLoopDelay({ resolution: 1 });
  let longestSliceMs = 0;
  let checked = 0;
  let pages = 0;
  loop.enable();
  const started = performance.now();
  for await (const page of client.search(jql, { pageSize: PAGE_SIZE })) {
    pages += 1;
    let sliceStart = performance.now();
    for (const issue of page.issues) {
      analyze(issue);
      checked += 1;
      const elapsed = performance.now() - sliceStart;
      if (elapsed >= SLICE_MS) {
        longestSliceMs = Math.max(longestSliceMs, elapsed);
        await yieldToMain();
        sliceStart = performance.now();
      }
    }
    longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
  }
  const totalMs = performance.now() - started;
  loop.disable();
  return { totalMs, longestSliceMs, eventLoopMaxDelayMs: loop.max / 1e6, checked, pages };
}

/** Figures for `npm run bench`, per flavour (Cloud search/jql tokens, Data Center startAt under /jira). */
export async function benchSprintCheck(analyze: Analyze = trivialAnalyze): Promise<Record<string, string | number>> {
  const report: Record<string, string | number> = {};
  for (const flavour of ['cloud', 'datacenter'] as const) {
    const { origin, child } = await startMockProcess(flavour);
    try {
      await runOnce(flavour, origin, analyze); // warm-up: JIT and connection pool
      const result = await runOnce(flavour, origin, analyze);
      report[`${flavour}: issues checked (pages of ${PAGE_SIZE})`] = `${result.checked} in ${result.pages} pages`;
      report[`${flavour}: total ms (budget 10000)`] = Math.round(result.totalMs);
      report[`${flavour}: longest analysis slice ms (budget 50)`] = Number(result.longestSliceMs.toFixed(1));
      report[`${flavour}: event loop max delay ms (budget 50)`] = Number(result.eventLoopMaxDelayMs.toFixed(1));
    } finally {
      child.kill();
    }
  }
  return report;
}

// `tsx scripts/bench/jira-rest.ts` runs this bench alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchSprintCheck());
}
