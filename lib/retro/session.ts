import { type RetroSession, emptyRetroSession } from '@/lib/storage/retro-sessions';

/** Question 3, "For which of our topics were the customer benefits too unclear?", gets the unclear tickets. */
export const UNCLEAR_QUESTION_INDEX = 2;

/** Question 3's starting text: one line per unclear ticket, `KEY summary`. */
export function unclearTicketLines(tickets: readonly { key: string; summary: string }[]): string {
  return tickets.map((ticket) => (ticket.summary ? `${ticket.key} ${ticket.summary}` : ticket.key)).join('\n');
}

/** Question 3 of PRODUCT.md: "For which of our topics were, or are, the customer benefits too unclear?" */
export const UNCLEAR_QUESTION = 2;

/**
 * The tickets a session's question 3 names (one per line, key first, as `unclearTicketLines` writes
 * them and the team may edit them), so a session exports its own list, not today's.
 */
export function ticketsOfSession<T extends { key: string }>(openAnswers: readonly string[], rows: readonly T[]): T[] {
  const keys = new Set<string>();
  for (const line of (openAnswers[UNCLEAR_QUESTION] ?? '').split('\n')) {
    const key = /^\s*([A-Z][A-Z0-9_]*-\d+)\b/.exec(line)?.[1];
    if (key) keys.add(key);
  }
  return rows.filter((row) => keys.has(row.key));
}

/** A day in the user's time zone, `YYYY-MM-DD`. */
export function localDay(time: number): string {
  const date = new Date(time);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface StartSessionInput {
  id: string;
  date: string;
  teamName: string;
  /** Pre-fills question 3; the team edits it. */
  unclearText: string;
  now: number;
}

export function startSession(input: StartSessionInput): RetroSession {
  const session = emptyRetroSession(input.id, input.date, input.now);
  const openAnswers: RetroSession['openAnswers'] = [...session.openAnswers];
  openAnswers[UNCLEAR_QUESTION_INDEX] = input.unclearText;
  return { ...session, teamName: input.teamName, openAnswers };
}

export type Vote = 'up' | 'down';

/** Adds (or, with -1, takes back) one thumb; never below zero. */
export function tallyVote(session: RetroSession, statement: number, vote: Vote, delta: 1 | -1): RetroSession {
  const healthCheck: RetroSession['healthCheck'] = [...session.healthCheck];
  const current = healthCheck[statement];
  if (!current) return session;
  healthCheck[statement] = { ...current, [vote]: Math.max(0, current[vote] + delta) };
  return { ...session, healthCheck };
}
