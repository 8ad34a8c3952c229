import { type RetroSession, emptyRetroSession } from '@/lib/storage/retro-sessions';

/** Question 3, "For which of our topics were the customer benefits too unclear?", gets the unclear tickets. */
export const UNCLEAR_QUESTION_INDEX = 2;

/** Question 3's starting text: one line per unclear ticket, `KEY summary`. */
export function unclearTicketLines(tickets: readonly { key: string; summary: string }[]): string {
  return tickets.map((ticket) => (ticket.summary ? `${ticket.key} ${ticket.summary}` : ticket.key)).join('\n');
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
