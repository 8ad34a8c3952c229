import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TICKET_SHARES_KEY, deleteTicketShare, getTicketShares, saveTicketShare } from '@/lib/retro/ticket-shares';

describe('ticket shares beside retro sessions', () => {
  it('saves, reads and deletes per session', async () => {
    await saveTicketShare('a', { checked: 4, clear: 3 });
    await saveTicketShare('b', { checked: 2, clear: 0 });
    expect(await getTicketShares()).toEqual({ a: { checked: 4, clear: 3 }, b: { checked: 2, clear: 0 } });
    await deleteTicketShare('a');
    expect(await getTicketShares()).toEqual({ b: { checked: 2, clear: 0 } });
  });

  it('reads nonsense as no shares', async () => {
    await fakeBrowser.storage.local.set({ [TICKET_SHARES_KEY]: { a: { checked: -1 } } });
    expect(await getTicketShares()).toEqual({});
  });
});
