/**
 * Measures the analyzer against the labelled backlog items:
 * `npm run eval [-- PATH] [--errors benefit|customer]`.
 * Reports precision, recall and F1 of `hasBenefit` (label `has_benefit`) and `hasCustomer`
 * (label `has_role`), overall, per source, per language and without borderline items, next to a
 * plain-regex floor. `--errors` lists the disagreements, for finding general rules (never copy
 * item texts into code or tests).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../lib/analyzer/index.ts';

interface Item {
  id: string;
  source: string;
  lang: string;
  text: string;
  has_role: boolean;
  has_benefit: boolean;
  borderline: boolean;
}

interface Scored {
  item: Item;
  benefit: boolean;
  customer: boolean;
  floor: boolean;
}

// The floor to beat: the purpose words anyone would grep for (README of the data set).
const FLOOR = /(?<![\p{L}])(?:so that|in order to|because|aby|żeby)(?![\p{L}])/iu;

function f1(rows: readonly Scored[], predicted: (s: Scored) => boolean, gold: (i: Item) => boolean): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const p = predicted(r);
    const g = gold(r.item);
    if (p && g) tp += 1;
    else if (p) fp += 1;
    else if (g) fn += 1;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return `P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${tp} fp ${fp} fn ${fn})`;
}

function report(name: string, rows: readonly Scored[]): void {
  console.log(`\n${name}  (${rows.length} items)`);
  console.log(`  has_benefit  ${f1(rows, (r) => r.benefit, (i) => i.has_benefit)}`);
  console.log(`  has_role     ${f1(rows, (r) => r.customer, (i) => i.has_role)}`);
  console.log(`  floor regex  ${f1(rows, (r) => r.floor, (i) => i.has_benefit)}`);
}

function splitText(text: string): { summary: string; description?: string } {
  const at = text.indexOf('\n\n');
  return at < 0 ? { summary: text } : { summary: text.slice(0, at), description: text.slice(at + 2) };
}

function main(): void {
  const args = process.argv.slice(2);
  const errorsAt = args.indexOf('--errors');
  const errors = errorsAt >= 0 ? args.splice(errorsAt, 2)[1] : undefined;
  const path = resolve(args[0] ?? '../shared/data/user-stories/labelled.jsonl');
  const items = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
  const rows: Scored[] = items.map((item) => {
    const a = analyze(splitText(item.text));
    return { item, benefit: a.hasBenefit, customer: a.hasCustomer, floor: FLOOR.test(item.text) };
  });

  console.log(`Analyzer vs ${path}`);
  console.log('(reference from the data set README: plain-regex floor F1 0.950 overall, 0.622 on jira-tse2018)');
  report('overall', rows);
  report('without borderline', rows.filter((r) => !r.item.borderline));
  for (const source of [...new Set(items.map((i) => i.source))]) {
    report(`source ${source}`, rows.filter((r) => r.item.source === source));
  }
  for (const lang of [...new Set(items.map((i) => i.lang))]) report(`lang ${lang}`, rows.filter((r) => r.item.lang === lang));

  if (errors === 'benefit' || errors === 'customer') {
    const gold = (i: Item): boolean => (errors === 'benefit' ? i.has_benefit : i.has_role);
    for (const r of rows) {
      const p = errors === 'benefit' ? r.benefit : r.customer;
      if (p === gold(r.item)) continue;
      const text = r.item.text.replace(/\n/g, ' ⏎ ').slice(0, 300);
      console.log(`${p ? 'FP' : 'FN'} ${r.item.source}${r.item.borderline ? ' (borderline)' : ''} | ${text}`);
    }
  }
}

main();
