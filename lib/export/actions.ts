import type { TicketRow } from '@/lib/review/ticket-row';
import { localDay } from '@/lib/retro/session';
import type { RetroSession } from '@/lib/storage/retro-sessions';
import { sessionCsvTable, sessionDocument, ticketsDocument, ticketsTable } from './build';
import { copyRichText, toClipboardHtml } from './clipboard-html';
import { toConfluenceStorage } from './confluence-storage';
import { toCsv } from './csv';
import { downloadText, fileSlug } from './download';
import { exportTexts } from './localized';
import { toMarkdown } from './markdown';

export const EXPORT_FORMATS = ['markdown', 'csv', 'confluence'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  // Storage format is what Confluence's REST API and source editor take; there is no file type for it.
  confluence: { extension: 'confluence.xml', mime: 'application/xml;charset=utf-8' },
};

/** Downloads the review table (as filtered and sorted) in a format; returns the file name. */
export function downloadTickets(format: ExportFormat, rows: readonly TicketRow[], now = Date.now()): string {
  const texts = exportTexts();
  const content =
    format === 'csv' ? toCsv(ticketsTable(rows, texts))
    : format === 'markdown' ? toMarkdown(ticketsDocument(rows, texts))
    : toConfluenceStorage(ticketsDocument(rows, texts));
  const name = `customer-benefit-tickets-${localDay(now)}.${FILES[format].extension}`;
  downloadText(name, content, FILES[format].mime);
  return name;
}

/** Downloads a retro session, with the unclear tickets as Jira issues; returns the file name. */
export function downloadSession(format: ExportFormat, session: RetroSession, unclear: readonly TicketRow[]): string {
  const texts = exportTexts();
  const content =
    format === 'csv' ? toCsv(sessionCsvTable(session, texts))
    : format === 'markdown' ? toMarkdown(sessionDocument(session, texts, unclear))
    : toConfluenceStorage(sessionDocument(session, texts, unclear));
  const name = `retro-${fileSlug(session.teamName)}-${session.date}.${FILES[format].extension}`;
  downloadText(name, content, FILES[format].mime);
  return name;
}

/** "Copy for Confluence": rich HTML for the editor, Markdown as the plain-text fallback. */
export function copyTickets(rows: readonly TicketRow[]): Promise<void> {
  const doc = ticketsDocument(rows, exportTexts());
  return copyRichText(toClipboardHtml(doc), toMarkdown(doc));
}

export function copySession(session: RetroSession, unclear: readonly TicketRow[]): Promise<void> {
  const doc = sessionDocument(session, exportTexts(), unclear);
  return copyRichText(toClipboardHtml(doc), toMarkdown(doc));
}
