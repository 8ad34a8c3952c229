import type { RetroSession } from '@/lib/storage/retro-sessions';
import type { TicketShares } from './ticket-shares';

/** One session's point on the trend chart; `null` where nothing was counted. */
export interface TrendPoint {
  id: string;
  date: string;
  teamName: string;
  /** Share of thumbs up, 0–1, per health-check statement. */
  statements: (number | null)[];
  /** Share of checked tickets whose benefit was clear when the session started, 0–1. */
  clearTickets: number | null;
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Sessions oldest first, as the chart reads left to right. */
export function trendPoints(sessions: readonly RetroSession[], shares: TicketShares): TrendPoint[] {
  return [...sessions]
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt)
    .map((session) => {
      const tickets = shares[session.id];
      return {
        id: session.id,
        date: session.date,
        teamName: session.teamName,
        statements: session.healthCheck.map((vote) => share(vote.up, vote.up + vote.down)),
        clearTickets: tickets ? share(tickets.clear, tickets.checked) : null,
      };
    });
}

/** "73 %" or "–", for the chart's labels and its text alternative. */
export function formatShare(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)} %`;
}
