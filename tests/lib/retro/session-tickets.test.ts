import { describe, expect, it } from 'vitest';
import { ticketsOfSession, unclearTicketLines } from '@/lib/retro/session';

const rows = [
  { key: 'SHOP-1', summary: 'Save a card' },
  { key: 'SHOP-2', summary: 'Improve checkout' },
  { key: 'PAY-3', summary: 'Refunds' },
];

describe('ticketsOfSession', () => {
  it('exports the tickets the session’s question 3 names, not today’s unclear list', () => {
    const answers = ['', '', unclearTicketLines([rows[0]!, rows[2]!]), ''];
    expect(ticketsOfSession(answers, rows).map((row) => row.key)).toEqual(['SHOP-1', 'PAY-3']);
  });

  it('follows the team’s edits: lines removed, notes added, keys typed by hand', () => {
    const answers = ['', '', 'SHOP-2 still unclear after refinement\nWe never asked support\n  PAY-3', ''];
    expect(ticketsOfSession(answers, rows).map((row) => row.key)).toEqual(['SHOP-2', 'PAY-3']);
  });

  it('is empty for a session whose question 3 names no ticket', () => {
    expect(ticketsOfSession(['', '', 'Nothing this sprint', ''], rows)).toEqual([]);
  });
});
