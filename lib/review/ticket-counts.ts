import type { Answer } from '@/lib/storage/answer-schema';
import { type EffectiveVerdict, isUnclear } from './effective-verdict';
import { isListed } from './ticket-row';

export interface Counts {
  /** Tickets the team answered or the analyzer checked. */
  answered: number;
  unclear: number;
}

export interface TicketCounts {
  all: Counts;
  bySite: Map<string, Counts>;
}

/** Answered and unclear tickets, per Jira site and over all sites. */
export function countTickets(answers: readonly Answer[]): TicketCounts {
  const all: Counts = { answered: 0, unclear: 0 };
  const bySite = new Map<string, Counts>();
  for (const answer of answers) {
    if (!isListed(answer)) continue;
    let site = bySite.get(answer.site);
    if (!site) bySite.set(answer.site, (site = { answered: 0, unclear: 0 }));
    const unclear = isUnclear(answer) ? 1 : 0;
    all.answered += 1;
    all.unclear += unclear;
    site.answered += 1;
    site.unclear += unclear;
  }
  return { all, bySite };
}

/** The most recently updated unclear tickets, newest first, optionally of one site. */
export function latestUnclear(answers: readonly Answer[], limit: number, site?: string): Answer[] {
  return answers
    .filter((answer) => isUnclear(answer) && (site === undefined || answer.site === site))
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, limit);
}

/** How many tickets are judged (clear or unclear), and how many of them clear: the retro chart's ticket line. */
export function clearShare(rows: readonly { verdict: EffectiveVerdict }[]): { checked: number; clear: number } {
  let checked = 0;
  let clear = 0;
  for (const row of rows) {
    if (row.verdict === 'undecided') continue;
    checked += 1;
    if (row.verdict === 'clear') clear += 1;
  }
  return { checked, clear };
}
