import { describe, expect, it } from 'vitest';
import { sessionCsvTable, ticketsTable } from '@/lib/export/build';
import { UTF8_BOM, csvField, toCsv } from '@/lib/export/csv';
import { cellText } from '@/lib/export/document';
import { NASTY, ROWS, TEXTS, session } from './fixtures';

/** A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes. */
function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
        else if (text[i] === '"') break;
        else field += text[i++];
      }
      i++;
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`junk after quote at ${i}`);
    } else if (text[i] === ',') fields.push(field), (field = ''), i++;
    else if (text.startsWith('\r\n', i)) fields.push(field), records.push(fields), (fields = []), (field = ''), (i += 2);
    else if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
    else field += text[i++];
  }
  if (field !== '' || fields.length > 0) throw new Error('last record has no CRLF');
  return records;
}

describe('CSV (RFC 4180, UTF-8 with BOM)', () => {
  it('parses back to exactly the table, with commas, quotes, line breaks and Polish letters', () => {
    const table = { headers: ['a', 'b,c', 'd"e'], rows: [['Zażółć gęślą jaźń', 'x, "y"\r\nz', ''], ['\n', '""', 'ł;ó']] };
    const csv = toCsv(table);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(parseRfc4180(csv.slice(1))).toEqual([table.headers, ...table.rows]);
  });

  it('round-trips the ticket table and a session, every record the same width', () => {
    for (const table of [ticketsTable(ROWS, TEXTS), sessionCsvTable(session(), TEXTS)]) {
      const parsed = parseRfc4180(toCsv(table, { neutralizeFormulas: false }).slice(1));
      expect(parsed).toEqual([table.headers, ...table.rows.map((row) => row.map(cellText))]);
      expect(new Set(parsed.map((record) => record.length)).size).toBe(1);
    }
  });

  it('keeps ticket text from running as a spreadsheet formula', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-1, +2')).toBe(`"'-1, +2"`);
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('plain - text')).toBe('plain - text');
    const parsed = parseRfc4180(toCsv({ headers: ['h'], rows: [[NASTY.split('\r\n')[1]!]] }).slice(1));
    expect(parsed[1]).toEqual(["'=SUM(A1)"]);
  });
});
