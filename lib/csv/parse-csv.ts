/**
 * RFC 4180 CSV reader for Jira exports: quoted fields with "" escapes and line breaks, CRLF or
 * LF, a UTF-8 BOM, comma or semicolon (Excel in Polish and German locales writes semicolons).
 * One pass, no regular expressions, so any input is read in linear time.
 */

export type CsvDelimiter = ',' | ';';

export interface CsvRow {
  /** 1-based line on which the row starts. */
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  delimiter: CsvDelimiter;
  rows: CsvRow[];
  /** Problems found; the rows around them are still returned. */
  errors: Array<{ line: number; message: string }>;
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/** Semicolon when the header line has more semicolons than commas outside quotes. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n') break;
    else if (c === ',') commas += 1;
    else if (c === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string, delimiter?: CsvDelimiter): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = (delimiter ?? detectDelimiter(text)).charCodeAt(0);
  const rows: CsvRow[] = [];
  const errors: CsvParseResult['errors'] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    fields.push(field);
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && field === '') {
      // A quoted field: read to the closing quote, keeping doubled quotes and line breaks.
      const start = line;
      let j = i + 1;
      let chunkStart = j;
      let closed = false;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === LF) line += 1;
        if (d !== QUOTE) { j += 1; continue; }
        field += text.slice(chunkStart, j);
        if (text.charCodeAt(j + 1) === QUOTE) { field += '"'; j += 2; chunkStart = j; continue; }
        closed = true;
        j += 1;
        break;
      }
      if (!closed) {
        errors.push({ line: start, message: 'unterminated quoted field' });
        field += text.slice(chunkStart, j);
      }
      i = j;
      // Text after the closing quote up to the delimiter is kept, as spreadsheets do.
      continue;
    }
    if (c === sep) { fields.push(field); field = ''; i += 1; continue; }
    if (c === CR || c === LF) {
      endRow();
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line += 1;
      rowLine = line;
      continue;
    }
    let j = i + 1;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === sep || d === CR || d === LF) break;
      j += 1;
    }
    field += text.slice(i, j);
    i = j;
  }
  if (field !== '' || fields.length > 0) endRow();
  return { delimiter: sep === 59 ? ';' : ',', rows, errors };
}
