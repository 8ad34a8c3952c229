import { type Table, cellText } from './document';

/** Excel opens a UTF-8 CSV as UTF-8 (Polish letters intact) only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /**
   * Prefix cells that start with `=`, `+`, `-`, `@`, tab or carriage return with `'`, so a spreadsheet
   * shows ticket text instead of running it as a formula (OWASP "CSV injection"). @default true
   */
  neutralizeFormulas?: boolean;
  /** @default true */
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: quoted when it holds a comma, quote or line break, with quotes doubled (RFC 4180 §2.6–2.7). */
export function csvField(value: string, neutralizeFormulas = true): string {
  const safe = neutralizeFormulas && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV: a header line, CRLF line ends, UTF-8 with a BOM for Excel. Issue cells become their key. */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  const { neutralizeFormulas = true, bom = true } = options;
  const line = (cells: readonly string[]): string => cells.map((cell) => csvField(cell, neutralizeFormulas)).join(',');
  const lines = [line(table.headers), ...table.rows.map((row) => line(row.map(cellText)))];
  return (bom ? UTF8_BOM : '') + lines.join('\r\n') + '\r\n';
}
