/**
 * The review page's table with 5,000 tickets: building the rows, filtering, sorting, and one page.
 * Plain JS over the same functions the page uses (lib/review), so it runs anywhere `tsx` does.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_SORT, EMPTY_FILTER, queryTickets } from '../../lib/review/ticket-query';
import { toTicketRows } from '../../lib/review/ticket-row';
import type { Answer } from '../../lib/storage/answer-schema';

const ROWS = 5_000;
const RUNS = 20;
const WORDS = ['shoppers', 'checkout', 'płatność', 'faktura', 'mobile', 'support', 'zespół', 'klienci', 'one step', 'refactor'];

function syntheticAnswers(count: number): Answer[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const word = (n: number): string => WORDS[(i * 7 + n) % WORDS.length]!;
    return {
      version: 2, site: i % 3 === 0 ? 'https://jira.acme.com/jira' : 'https://acme.atlassian.net', key: `P${i % 12}-${i + 1}`,
      summary: `${word(1)} ${word(2)} ticket ${i}`, customer: i % 4 ? `${word(3)} on ${word(4)}` : '', benefit: `${word(5)} faster`,
      evidence: i % 5 ? '' : 'Conversion +5 %', note: '', verdict: i % 6 === 0 ? 'unclear' : i % 6 === 1 ? 'clear' : null,
      analysis: { verdict: i % 2 ? 'clear' : 'unclear', score: i % 100, flags: i % 2 ? [] : ['no-customer'] },
      createdAt: now - i * 60_000, updatedAt: now - i * 60_000, fieldUpdatedAt: {},
    } as Answer;
  });
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): { median: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { median: median(times), max: Math.max(...times) };
}

export async function benchReview(): Promise<Record<string, string | number>> {
  const answers = syntheticAnswers(ROWS);
  const build = time(() => toTicketRows(answers));
  const rows = toTicketRows(answers);
  const defaultView = time(() => queryTickets(rows, EMPTY_FILTER, DEFAULT_SORT));
  const textFilter = time(() => queryTickets(rows, { ...EMPTY_FILTER, text: 'klienci mobile' }, DEFAULT_SORT));
  const keySort = time(() => queryTickets(rows, { ...EMPTY_FILTER, project: 'P3' }, { column: 'key', direction: 'asc', unclearFirst: false }));
  const summarySort = time(() => queryTickets(rows, EMPTY_FILTER, { column: 'summary', direction: 'asc', unclearFirst: true }));
  const ms = (t: { median: number; max: number }): string => `${t.median.toFixed(1)} ms (max ${t.max.toFixed(1)})`;
  return {
    rows: ROWS,
    'build rows (once per storage change)': ms(build),
    'default view: unclear first, newest first': ms(defaultView),
    'free text "klienci mobile" + sort': ms(textFilter),
    'project filter + natural key sort': ms(keySort),
    'sort by summary (collator) all rows': ms(summarySort),
    'rendered per page': 50,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchReview());
