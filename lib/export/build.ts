import type { TicketRow } from '@/lib/review/ticket-row';
import { formatShare } from '@/lib/retro/trend';
import type { RetroSession } from '@/lib/storage/retro-sessions';
import { type Block, type ExportDocument, type Table, formatStamp } from './document';
import type { ExportTexts } from './texts';

/** The review table as exported: one row per ticket, the key as a Jira issue. */
export function ticketsTable(rows: readonly TicketRow[], texts: ExportTexts): Table {
  const c = texts.columns;
  return {
    headers: [c.key, c.summary, c.customer, c.benefit, c.evidence, c.verdict, c.flags, c.updated, c.site],
    rows: rows.map((row) => [
      { issue: row.key, url: row.url },
      row.summary,
      row.customer,
      row.benefit,
      row.evidence,
      texts.verdicts[row.verdict],
      row.flags.map(texts.flag).join(', '),
      formatStamp(row.updatedAt),
      row.site,
    ]),
  };
}

export function ticketsDocument(rows: readonly TicketRow[], texts: ExportTexts): ExportDocument {
  return { title: texts.ticketsTitle, blocks: [{ kind: 'table', ...ticketsTable(rows, texts) }] };
}

/**
 * A retro session: the health check with its tallies, the four questions with the team's answers,
 * the action items and, when given, the unclear tickets as live Jira issues.
 */
export function sessionDocument(session: RetroSession, texts: ExportTexts, unclear: readonly TicketRow[] = []): ExportDocument {
  const h = texts.healthColumns;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: texts.healthHeading },
    {
      kind: 'table',
      headers: [h.statement, h.up, h.down, h.share, h.comment],
      rows: session.healthCheck.map((vote, index) => [
        texts.statements[index] ?? '',
        String(vote.up),
        String(vote.down),
        formatShare(vote.up + vote.down > 0 ? vote.up / (vote.up + vote.down) : null),
        vote.comment,
      ]),
    },
    { kind: 'heading', level: 2, text: texts.questionsHeading },
  ];
  texts.questions.forEach((question, index) => {
    blocks.push({ kind: 'heading', level: 3, text: `${index + 1}. ${question}` });
    blocks.push({ kind: 'paragraph', text: session.openAnswers[index] ?? '' });
  });
  if (session.actionItems.length > 0) {
    const a = texts.actionColumns;
    blocks.push({ kind: 'heading', level: 2, text: texts.actionsHeading });
    blocks.push({
      kind: 'table',
      headers: [a.action, a.owner, a.done],
      rows: session.actionItems.map((item) => [item.text, item.owner, item.done ? texts.yes : texts.no]),
    });
  }
  if (unclear.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: texts.unclearHeading });
    blocks.push({ kind: 'table', ...ticketsTable(unclear, texts) });
  }
  return { title: texts.retroTitle(session.teamName, session.date), blocks };
}

/** A session as one CSV table (RFC 4180 has one header and equal rows): a line per statement, question and action. */
export function sessionCsvTable(session: RetroSession, texts: ExportTexts): Table {
  const c = texts.csvColumns;
  const base = [session.date, session.teamName];
  const rows: string[][] = [
    ...session.healthCheck.map((vote, index) => [
      ...base, texts.sections.health, String(index + 1), texts.statements[index] ?? '', String(vote.up), String(vote.down), vote.comment, '',
    ]),
    ...texts.questions.map((question, index) => [
      ...base, texts.sections.question, String(index + 1), question, '', '', session.openAnswers[index] ?? '', '',
    ]),
    ...session.actionItems.map((item, index) => [
      ...base, texts.sections.action, String(index + 1), item.text, '', '', item.done ? texts.yes : texts.no, item.owner,
    ]),
  ];
  return { headers: [c.date, c.team, c.section, c.number, c.item, c.up, c.down, c.text, c.owner], rows };
}
