import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '@/lib/csv/parse-csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    const { rows, errors } = parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"\nthere'] },
    ]);
  });

  it('strips a BOM and detects semicolons', () => {
    const { delimiter, rows } = parseCsv('\uFEFFIssue key;Summary\nA-1;Hello, world\n');
    expect(delimiter).toBe(';');
    expect(rows[0]!.fields).toEqual(['Issue key', 'Summary']);
    expect(rows[1]!.fields).toEqual(['A-1', 'Hello, world']);
  });

  it.each([
    [',', 'a,b;c\n'],
    [';', 'a;b;c,d\n'],
    [',', '"a;b;c",d\n'],
  ])('detects %s in %j', (expected, text) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(parseCsv('a,,c\n\n,\n').rows.map((r) => r.fields)).toEqual([['a', '', 'c'], ['', '']]);
  });

  it('reports an unterminated quote with its line', () => {
    const { errors } = parseCsv('a,b\n1,"open\n2,3\n');
    expect(errors).toEqual([{ line: 2, message: 'unterminated quoted field' }]);
  });

  it('reads 1 MB of quotes in linear time', () => {
    const started = performance.now();
    parseCsv('"'.repeat(1_000_000));
    parseCsv('a,'.repeat(500_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
