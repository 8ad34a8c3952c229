import { sessionDocument } from '@/lib/export/build';
import { toConfluenceStorage } from '@/lib/export/confluence-storage';
import { exportTexts } from '@/lib/export/localized';
import type { TicketRow } from '@/lib/review/ticket-row';
import type { RetroSession } from '@/lib/storage/retro-sessions';

/** The retro session as a page body: the storage-format export without its `<h1>`, which the page title already is. */
export function retroPageBody(session: RetroSession, unclear: readonly TicketRow[]): string {
  return toConfluenceStorage(sessionDocument(session, exportTexts(), unclear)).replace(/^<h1>[^<]*<\/h1>\n?/, '');
}
