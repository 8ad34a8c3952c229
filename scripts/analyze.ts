/**
 * Judges tickets from the command line:
 *   npm run --silent analyze -- [--format jsonl|table] FILE
 * FILE is `-` (stdin), a `.jsonl` file (`{"id","text"}` or `{"id","summary","description"}` per
 * line) or a Jira CSV export ("Issue key", "Summary", "Description" in any order, comma or
 * semicolon, with or without BOM). Exit status: 0 ok, 1 some lines malformed (reported on
 * stderr and skipped), 2 unreadable input or unknown format.
 */
import { readFileSync } from 'node:fs';
import { type Analysis, analyze } from '../lib/analyzer/index.ts';
import { parseCsv } from '../lib/csv/parse-csv.ts';

interface Item {
  id: string;
  summary: string;
  description?: string;
}

interface Loaded {
  items: Item[];
  malformed: number;
}

class UsageError extends Error {}

const USAGE = 'usage: npm run --silent analyze -- [--format jsonl|table] FILE   (FILE: - | *.jsonl | *.csv)';

function fromText(text: string): Pick<Item, 'summary' | 'description'> {
  const at = text.indexOf('\n\n');
  return at < 0 ? { summary: text } : { summary: text.slice(0, at), description: text.slice(at + 2) };
}

function complain(line: number, message: string): void {
  process.stderr.write(`line ${line}: ${message}\n`);
}

function readJsonl(content: string): Loaded {
  const items: Item[] = [];
  let malformed = 0;
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, index) => {
    if (!raw.trim()) return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      malformed += 1;
      return complain(line, 'not valid JSON, skipped');
    }
    const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : null;
    const description = typeof o.description === 'string' ? o.description : undefined;
    if (id !== null && typeof o.text === 'string') items.push({ id, ...fromText(o.text) });
    else if (id !== null && typeof o.summary === 'string') items.push({ id, summary: o.summary, description });
    else {
      malformed += 1;
      complain(line, 'expected {"id", "text"} or {"id", "summary", "description"}, skipped');
    }
  });
  return { items, malformed };
}

function readCsv(content: string): Loaded {
  const { rows, errors } = parseCsv(content);
  for (const e of errors) complain(e.line, e.message);
  const header = rows[0]?.fields.map((h) => h.trim().toLowerCase()) ?? [];
  const col = (...names: string[]): number => header.findIndex((h) => names.includes(h));
  const key = col('issue key', 'key');
  const summary = col('summary');
  const description = col('description');
  if (summary < 0) throw new UsageError('CSV has no "Summary" column (expected a Jira export with "Issue key", "Summary", "Description")');
  const items: Item[] = [];
  let malformed = errors.length;
  for (const row of rows.slice(1)) {
    const s = row.fields[summary];
    if (s === undefined) {
      malformed += 1;
      complain(row.line, `row has ${row.fields.length} fields, the header has ${header.length}; skipped`);
      continue;
    }
    items.push({ id: (key >= 0 ? row.fields[key] : undefined) ?? `row ${row.line}`, summary: s, description: row.fields[description] });
  }
  return { items, malformed };
}

function load(file: string): Loaded {
  let content: string;
  try {
    content = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return readJsonl(content);
  if (lower.endsWith('.csv')) return readCsv(content);
  // stdin or another extension: look at the content.
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return readJsonl(content);
  const firstLine = (start.split('\n', 1)[0] ?? '').toLowerCase();
  if (firstLine.includes('summary')) return readCsv(content);
  throw new UsageError(`unknown format of ${file}: expected JSON lines or a Jira CSV export with a "Summary" column`);
}

function row(item: Item, a: Analysis): Record<string, unknown> {
  return {
    id: item.id, lang: a.lang, verdict: a.verdict, hasCustomer: a.hasCustomer, hasBenefit: a.hasBenefit,
    customer: a.customer?.text ?? null, benefit: a.benefit?.text ?? null, score: a.score,
    flags: a.flags.map((f) => f.code),
  };
}

function cell(value: string, width: number): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

function printTable(results: Array<[Item, Analysis]>): void {
  const out: string[] = [
    `${cell('id', 14)} ${cell('lang', 4)} ${cell('verdict', 7)} ${cell('score', 5)} ${cell('customer', 22)} ${cell('benefit', 40)} flags`,
  ];
  for (const [item, a] of results) {
    const flags = a.flags.map((f) => f.code).join(', ');
    out.push(`${cell(item.id, 14)} ${cell(a.lang, 4)} ${cell(a.verdict, 7)} ${cell(String(a.score), 5)} ${cell(a.customer?.text ?? '-', 22)} ${cell(a.benefit?.text ?? '-', 40)} ${flags}`);
  }
  const clear = results.filter(([, a]) => a.verdict === 'clear').length;
  const withCustomer = results.filter(([, a]) => a.hasCustomer).length;
  const withBenefit = results.filter(([, a]) => a.hasBenefit).length;
  out.push('', `${results.length} items: ${clear} clear, ${results.length - clear} unclear; customer named in ${withCustomer}, benefit stated in ${withBenefit}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(argv: string[]): number {
  let format: string = process.stdout.isTTY ? 'table' : 'jsonl';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else files.push(arg);
  }
  if ((format !== 'jsonl' && format !== 'table') || files.length !== 1) throw new UsageError(USAGE);
  const { items, malformed } = load(files[0]!);
  const results = items.map((item): [Item, Analysis] => [item, analyze(item)]);
  if (format === 'table') printTable(results);
  else process.stdout.write(results.map(([item, a]) => `${JSON.stringify(row(item, a))}\n`).join(''));
  return malformed > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`analyze: ${e.message}\n`);
  process.exitCode = 2;
}
