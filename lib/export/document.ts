/**
 * One neutral model of what is exported, so Markdown, CSV, Confluence storage format and the
 * clipboard HTML say the same thing: headings, paragraphs and tables whose cells are text or a
 * Jira issue (which Confluence shows as a live issue macro and the others as a link).
 */
export interface IssueCell {
  issue: string;
  url: string;
}

export type Cell = string | IssueCell;

export interface Table {
  headers: string[];
  rows: Cell[][];
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** May hold line breaks: each becomes a line break in the output. */
  | { kind: 'paragraph'; text: string }
  | ({ kind: 'table' } & Table);

export interface ExportDocument {
  title: string;
  blocks: Block[];
}

export function isIssueCell(cell: Cell): cell is IssueCell {
  return typeof cell !== 'string';
}

/** A cell's plain text: the issue key for issue cells. */
export function cellText(cell: Cell): string {
  return isIssueCell(cell) ? cell.issue : cell;
}

/** `2025-03-07 14:05` in the local time zone: unambiguous, sortable, the same in every export. */
export function formatStamp(time: number): string {
  const date = new Date(time);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Characters XML 1.0 forbids (controls other than tab and line breaks, lone surrogates, U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe inside XML or HTML elements and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped text with line breaks as `<br />` (valid in both XHTML and HTML). */
export function escapeXmlLines(text: string): string {
  return text.split(/\r\n|\r|\n/).map(escapeXml).join('<br />');
}
