import { type Cell, type ExportDocument, type Table, isIssueCell } from './document';

/**
 * Backslash-escapes what Markdown would read as markup (CommonMark lets any ASCII punctuation be
 * escaped), including `<` so ticket text never becomes raw HTML in a renderer.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~!&]/g, '\\$&');
}

/** `encodeURIComponent` leaves parentheses alone, and they would end a Markdown link. */
function percentEncode(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function cell(value: Cell): string {
  if (isIssueCell(value)) return `[${escapeMarkdown(value.issue)}](${value.url.replace(/[()\s]/g, percentEncode)})`;
  // A table row is one line: line breaks inside a cell become <br>, which GitHub, GitLab and Confluence render.
  return escapeMarkdown(value).split(/\r\n|\r|\n/).join('<br>');
}

function table({ headers, rows }: Table): string {
  const line = (cells: readonly Cell[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** GitHub-flavoured Markdown: a `#` title, headings, paragraphs with hard line breaks, pipe tables. */
export function toMarkdown(doc: ExportDocument): string {
  const parts = [`# ${escapeMarkdown(doc.title)}`];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') parts.push(`${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`);
    else if (block.kind === 'paragraph') {
      const lines = block.text.split(/\r\n|\r|\n/).map(escapeMarkdown);
      if (lines.some(Boolean)) parts.push(lines.join('\\\n')); // a backslash at a line's end is a hard break
    } else parts.push(table(block));
  }
  return parts.join('\n\n') + '\n';
}
