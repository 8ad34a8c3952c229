import { type Cell, type ExportDocument, type Table, escapeXml, escapeXmlLines, isIssueCell } from './document';

/**
 * The Jira issue macro: Confluence renders it as a live link with the issue's status. Without a
 * `server` parameter Confluence uses its primary Jira application link, which is the team's Jira.
 * https://confluence.atlassian.com/doc/jira-issues-macro-139380.html
 */
export function jiraMacro(key: string): string {
  return (
    '<ac:structured-macro ac:name="jira" ac:schema-version="1">' +
    `<ac:parameter ac:name="key">${escapeXml(key)}</ac:parameter>` +
    '</ac:structured-macro>'
  );
}

function cell(value: Cell, tag: 'th' | 'td'): string {
  return `<${tag}>${isIssueCell(value) ? jiraMacro(value.issue) : `<p>${escapeXmlLines(value)}</p>`}</${tag}>`;
}

function table({ headers, rows }: Table): string {
  const row = (cells: readonly Cell[], tag: 'th' | 'td'): string => `<tr>${cells.map((value) => cell(value, tag)).join('')}</tr>`;
  return `<table><tbody>${row(headers, 'th')}${rows.map((cells) => row(cells, 'td')).join('')}</tbody></table>`;
}

/**
 * Confluence storage format (XHTML), the body of a page as Confluence's REST API and source editor
 * take it. A fragment: several top-level elements, `ac:` prefixes declared by Confluence itself.
 */
export function toConfluenceStorage(doc: ExportDocument): string {
  return toXhtml(doc, table);
}

/** Title, headings, paragraphs and tables as (X)HTML; only tables differ between the formats. */
export function toXhtml(doc: ExportDocument, renderTable: (table: Table) => string): string {
  const parts = [`<h1>${escapeXml(doc.title)}</h1>`];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') parts.push(`<h${block.level + 1}>${escapeXml(block.text)}</h${block.level + 1}>`);
    else if (block.kind === 'paragraph') parts.push(`<p>${escapeXmlLines(block.text)}</p>`);
    else parts.push(renderTable(block));
  }
  return parts.join('\n');
}
