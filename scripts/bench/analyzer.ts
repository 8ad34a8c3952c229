/**
 * Analyzer speed: typical items per second in one thread, and the worst time for hostile 100 KB
 * inputs (the issue asks for ≥ 20,000 items/s and < 50 ms per 100 KB). Items are synthesised
 * here; the labelled data set is for measuring accuracy, not for benchmarks.
 */
import { analyze } from '../../lib/analyzer/index.ts';
import type { AnalyzerInput } from '../../lib/analyzer/index.ts';

const ROLES = ['returning shopper', 'support agent', 'warehouse picker', 'finance analyst', 'user'];
const WANTS = ['to filter orders by status', 'a CSV export of invoices', 'saved payment cards', 'dark mode'];
const WHYS = ['so that I can close the month faster', 'in order to answer calls in under a minute', '', 'because refunds take days'];
const TITLES = ['NPE in OrderService when cart is empty', 'Upgrade Jersey to 2.x', 'Checkout fails on Safari'];

function typicalItems(count: number): AnalyzerInput[] {
  const items: AnalyzerInput[] = [];
  for (let i = 0; i < count; i++) {
    const role = ROLES[i % ROLES.length]!;
    const story = `As a ${role}, I want ${WANTS[i % WANTS.length]} ${WHYS[i % WHYS.length]}.`;
    if (i % 3 === 0) items.push({ summary: story });
    else if (i % 3 === 1) items.push({ summary: TITLES[i % TITLES.length]!, description: `Steps:\n* open the cart\n* pay\nCustomers cannot pay. ${story}` });
    else items.push({ summary: `Jako ${i % 2 ? 'księgowa' : 'użytkownik'} chcę eksportować faktury, aby szybciej zamykać miesiąc.` });
  }
  return items;
}

const SIZE = 100_000;

/** Inputs built to hit every scanner's worst case. */
export function hostileInputs(): Record<string, string> {
  const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  return {
    'no spaces': fill('abcdefghij'),
    'so that x1000s': fill('so that '),
    'as a … I want': fill('As a user, I want '),
    'nested markers': fill('* - # > '),
    'unclosed code fences': fill('{code:java} x '),
    'quotes and backticks': fill('`"`\'"'),
    'aby żeby chcę': fill('chcę, aby żeby '),
    'headings': fill('Why:\nGoal\n'),
    'urls': fill('https://x.y/so-that?'),
    'one long sentence': fill('to improve to reduce to avoid '),
    'random bytes': Array.from({ length: SIZE }, (_, i) => String.fromCharCode(((i * 7919) % 65_000) + 1)).join(''),
  };
}

export async function benchAnalyzer(): Promise<Record<string, string | number>> {
  const items = typicalItems(20_000);
  for (const item of items.slice(0, 2_000)) analyze(item); // warm-up
  const started = performance.now();
  for (const item of items) analyze(item);
  const seconds = (performance.now() - started) / 1000;
  const result: Record<string, string | number> = {
    'analyzer typical items/s': Math.round(items.length / seconds),
  };
  let worst = 0;
  for (const [name, text] of Object.entries(hostileInputs())) {
    // Median of three runs: on a shared machine one run can lose its core to another process.
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      analyze({ summary: text.slice(0, 200), description: text });
      runs.push(performance.now() - t0);
    }
    const ms = runs.sort((a, b) => a - b)[1]!;
    worst = Math.max(worst, ms);
    result[`analyzer 100 KB ${name} (ms)`] = Number(ms.toFixed(1));
  }
  result['analyzer 100 KB worst median (ms)'] = Number(worst.toFixed(1));
  return result;
}
