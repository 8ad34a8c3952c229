import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [join(root, 'scripts/analyze.ts'), ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

const STORY = 'As a courier, I want the phone number on the label so that I can call before delivery.';

describe('analyze CLI', () => {
  it('reads JSON lines in both shapes, in order', () => {
    const path = file('items.jsonl', [
      JSON.stringify({ id: 'A-1', text: STORY }),
      JSON.stringify({ id: 'A-2', summary: 'Crash on save', description: 'Stack trace attached.' }),
    ].join('\n'));
    const { status, stdout } = run(['--format', 'jsonl', path]);
    expect(status).toBe(0);
    const rows = jsonLines(stdout);
    expect(rows.map((r) => r.id)).toEqual(['A-1', 'A-2']);
    expect(rows[0]).toMatchObject({ lang: 'en', verdict: 'clear', hasCustomer: true, hasBenefit: true, customer: 'courier', benefit: 'I can call before delivery', flags: ['no-evidence'] });
    expect(Object.keys(rows[0]!)).toEqual(['id', 'lang', 'verdict', 'hasCustomer', 'hasBenefit', 'customer', 'benefit', 'score', 'flags']);
    expect(rows[1]).toMatchObject({ verdict: 'unclear', customer: null, benefit: null });
  });

  it('reads stdin', () => {
    const { status, stdout } = run(['--format', 'jsonl', '-'], `${JSON.stringify({ id: 1, text: STORY })}\n`);
    expect(status).toBe(0);
    expect(jsonLines(stdout)[0]!.id).toBe('1');
  });

  it('reads a semicolon CSV with BOM, columns in any order and quoted multi-line fields', () => {
    const csv = '\uFEFFSummary;Description;Issue key\r\n"Płatność kartą";"Klienci nie mogą zapłacić kartą.\r\nDruga linia; z średnikiem";SHOP-1\r\n"Saved cards";"' + STORY + '";SHOP-2\r\n';
    const { status, stdout } = run(['--format', 'jsonl', file('export.csv', csv)]);
    expect(status).toBe(0);
    const rows = jsonLines(stdout);
    expect(rows.map((r) => r.id)).toEqual(['SHOP-1', 'SHOP-2']);
    expect(rows[0]).toMatchObject({ lang: 'pl', hasCustomer: true, customer: 'Klienci' });
    expect(rows[1]).toMatchObject({ customer: 'courier' });
  });

  it('reads a comma CSV', () => {
    const csv = 'Issue key,Summary,Description\nK-1,"Export, please","' + STORY + '"\n';
    expect(jsonLines(run(['--format', 'jsonl', file('comma.csv', csv)]).stdout)[0]!.customer).toBe('courier');
  });

  it('reports a malformed line with its number, skips it and exits 1', () => {
    const path = file('bad.jsonl', `${JSON.stringify({ id: 'ok', text: STORY })}\n{not json\n${JSON.stringify({ id: 'x' })}\n`);
    const { status, stdout, stderr } = run(['--format', 'jsonl', path]);
    expect(status).toBe(1);
    expect(jsonLines(stdout).map((r) => r.id)).toEqual(['ok']);
    expect(stderr).toMatch(/line 2:/);
    expect(stderr).toMatch(/line 3:/);
  });

  it('exits 2 on an unknown format or an unreadable file', () => {
    const unknown = run(['--format', 'jsonl', file('notes.txt', 'just some notes\n')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown format/);
    const missing = run([join(dir, 'missing.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
    expect(run(['--format', 'xml', file('x.jsonl', '')]).status).toBe(2);
  });

  it('prints a table with totals', () => {
    const { status, stdout } = run(['--format', 'table', file('t.jsonl', JSON.stringify({ id: 'T-1', text: STORY }))]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/T-1\s+en\s+clear/);
    expect(stdout).toMatch(/1 items: 1 clear, 0 unclear/);
  });
});
