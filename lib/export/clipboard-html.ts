import { type Cell, type ExportDocument, type Table, escapeXml, escapeXmlLines, isIssueCell } from './document';
import { t } from '@/lib/i18n';
import { toXhtml } from './confluence-storage';

function cell(value: Cell, tag: 'th' | 'td'): string {
  if (isIssueCell(value)) return `<${tag}><a href="${escapeXml(value.url)}">${escapeXml(value.issue)}</a></${tag}>`;
  return `<${tag}>${escapeXmlLines(value)}</${tag}>`;
}

function table({ headers, rows }: Table): string {
  const row = (cells: readonly Cell[], tag: 'th' | 'td'): string => `<tr>${cells.map((value) => cell(value, tag)).join('')}</tr>`;
  return `<table><thead>${row(headers, 'th')}</thead><tbody>${rows.map((cells) => row(cells, 'td')).join('')}</tbody></table>`;
}

/**
 * Plain HTML for the clipboard. Confluence's editor keeps headings and tables on paste and turns
 * links to Jira issues into issue links, which is what "Copy for Confluence" relies on.
 */
export function toClipboardHtml(doc: ExportDocument): string {
  return toXhtml(doc, table);
}

/**
 * Puts HTML and a plain-text fallback on the clipboard. Needs a user gesture (a button click).
 * Falls back to a `copy` event where `ClipboardItem` is missing (Firefox before 127).
 */
export async function copyRichText(html: string, plain: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([plain], { type: 'text/plain' }),
    });
    return navigator.clipboard.write([item]);
  }
  const onCopy = (event: ClipboardEvent): void => {
    event.clipboardData?.setData('text/html', html); // null only for synthetic events
    event.clipboardData?.setData('text/plain', plain);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy, { once: true });
  const copied = document.execCommand('copy');
  document.removeEventListener('copy', onCopy);
  if (!copied) throw new Error(t('exportErrors.copyRefused'));
}
