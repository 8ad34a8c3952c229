import { VERDICT_MARK, effectiveVerdict, type EffectiveVerdict } from '@/lib/review/effective-verdict';
import { countTickets } from '@/lib/review/ticket-counts';
import type { PageInfo } from '@/lib/messages';
import type { Answer } from '@/lib/storage/answer-schema';

export interface BadgeState {
  text: string;
  color: string;
  /** The toolbar button's tooltip: says in words what the badge says in a mark or number. */
  title: string;
}

/** Words for the tooltip, handed in so this stays pure. */
export interface BadgeTexts {
  name: string;
  issue(key: string, verdict: EffectiveVerdict): string;
  unclearCount(count: number): string;
}

const COLORS: Record<EffectiveVerdict | 'count', string> = {
  clear: '#1f845a',
  unclear: '#a54800',
  undecided: '#626f86',
  count: '#a54800',
};

/**
 * What the toolbar button shows for a tab: the issue's state on an issue page, the number of unclear
 * tickets of the site elsewhere on Jira, nothing on other pages.
 */
export function badgeFor(page: PageInfo | null, answers: readonly Answer[], texts: BadgeTexts): BadgeState {
  if (!page) return { text: '', color: COLORS.undecided, title: texts.name };
  if (page.issue) {
    const { key } = page.issue;
    const answer = answers.find((candidate) => candidate.site === page.site && candidate.key === key);
    const verdict = answer ? effectiveVerdict(answer) : 'undecided';
    return { text: VERDICT_MARK[verdict], color: COLORS[verdict], title: `${texts.name}: ${texts.issue(key, verdict)}` };
  }
  const unclear = countTickets(answers.filter((answer) => answer.site === page.site)).all.unclear;
  return {
    text: unclear > 0 ? String(Math.min(unclear, 999)) : '',
    color: COLORS.count,
    title: `${texts.name}: ${texts.unclearCount(unclear)}`,
  };
}
