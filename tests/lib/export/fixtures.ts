import type { ExportTexts } from '@/lib/export/texts';
import { startSession, tallyVote } from '@/lib/retro/session';
import { toTicketRow } from '@/lib/review/ticket-row';
import type { Answer } from '@/lib/storage/answer-schema';

/** Text that breaks naive exporters: separators, quotes, line breaks, markup, Polish letters. */
export const NASTY = 'Klienci, którzy "płacą" kartą;\nżółć & <b>ąęśźń</b> | *pilne* \r\n=SUM(A1)';

export const TEXTS: ExportTexts = {
  ticketsTitle: 'Tickets',
  columns: { site: 'Site', key: 'Key', summary: 'Summary', customer: 'Customer', benefit: 'Benefit', evidence: 'Evidence', verdict: 'Verdict', flags: 'Flags', updated: 'Updated' },
  verdicts: { clear: 'Clear', unclear: 'Unclear', undecided: 'Undecided' },
  flag: (code) => code.toUpperCase(),
  retroTitle: (team, date) => `Retro: ${team}, ${date}`,
  healthHeading: 'Health check',
  healthColumns: { statement: 'Statement', up: 'Up', down: 'Down', share: 'Share', comment: 'Comment' },
  statements: ['S1', 'S2', 'S3'],
  questionsHeading: 'Questions',
  questions: ['Q1', 'Q2', 'Q3', 'Q4'],
  actionsHeading: 'Actions',
  actionColumns: { action: 'Action', owner: 'Owner', done: 'Done' },
  yes: 'yes',
  no: 'no',
  unclearHeading: 'Unclear tickets',
  csvColumns: { date: 'Date', team: 'Team', section: 'Section', number: 'No.', item: 'Item', up: 'Up', down: 'Down', text: 'Text', owner: 'Owner' },
  sections: { health: 'Health', question: 'Question', action: 'Action' },
};

export const ROWS = [
  toTicketRow({
    version: 2, site: 'https://acme.atlassian.net', key: 'SHOP-2', summary: NASTY, customer: 'Kupujący „mobilni”', benefit: 'a,b', evidence: '',
    note: '', verdict: 'unclear', createdAt: 0, updatedAt: new Date(2025, 2, 7, 9, 5).getTime(), fieldUpdatedAt: {},
    analysis: { verdict: 'unclear', score: 10, flags: ['no-customer', 'no-evidence'] },
  } as Answer),
  toTicketRow({
    version: 2, site: 'https://jira.acme.com/jira', key: 'PAY-1', summary: 'Plain', customer: 'Ops', benefit: '', evidence: '"quoted"',
    note: '', verdict: 'clear', createdAt: 0, updatedAt: new Date(2025, 2, 8, 10, 0).getTime(), fieldUpdatedAt: {},
  } as Answer),
];

export function session() {
  let s = startSession({ id: 's', date: '2025-03-07', teamName: 'Zespół „Kasa”', unclearText: 'SHOP-2 Improve\nPAY-1', now: 0 });
  s = tallyVote(tallyVote(tallyVote(s, 0, 'up', 1), 0, 'up', 1), 0, 'down', 1);
  s.healthCheck[2].comment = NASTY;
  s.openAnswers[0] = 'Slack, <script>alert(1)</script>\nwizyty u klientów';
  s.actionItems.push({ text: 'Talk to 3 customers, weekly', owner: 'Łucja', done: false });
  return s;
}
