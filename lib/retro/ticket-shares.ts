import { browser } from 'wxt/browser';
import { z } from 'zod/mini';

/**
 * How many tickets were judged, and how many of them clear, when each retro session started: the
 * trend chart's fourth line. Kept beside the sessions (in their own key) because the session schema
 * in lib/storage/retro-schema.ts has no field for it.
 * TODO [2026-12-31]: move into the session record once retro-schema gains an optional `tickets` field.
 */
export const TICKET_SHARES_KEY = 'retroTicketShares';

const count = z.int().check(z.minimum(0));
export const ticketShareSchema = z.object({ checked: count, clear: count });
const ticketSharesSchema = z.record(z.string(), ticketShareSchema);

export type TicketShare = z.infer<typeof ticketShareSchema>;
export type TicketShares = Record<string, TicketShare>;

export async function getTicketShares(): Promise<TicketShares> {
  const stored = await browser.storage.local.get(TICKET_SHARES_KEY);
  const parsed = ticketSharesSchema.safeParse(stored[TICKET_SHARES_KEY]);
  return parsed.success ? parsed.data : {};
}

export async function saveTicketShare(sessionId: string, share: TicketShare): Promise<void> {
  const shares = await getTicketShares();
  await browser.storage.local.set({ [TICKET_SHARES_KEY]: { ...shares, [sessionId]: share } });
}

export async function deleteTicketShare(sessionId: string): Promise<void> {
  const { [sessionId]: _removed, ...rest } = await getTicketShares();
  await browser.storage.local.set({ [TICKET_SHARES_KEY]: rest });
}
