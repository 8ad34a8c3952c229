import { signal, type Signal } from '@preact/signals';
import type { ReviewPageProps } from '@/components/review/ReviewPage';
import { copySession, copyTickets, downloadSession, downloadTickets } from '@/lib/export/actions';
import { retroDeps } from '@/lib/retro/retro-env';
import { createRetroStore } from '@/lib/retro/retro-store';
import { localDay, ticketsOfSession, unclearTicketLines } from '@/lib/retro/session';
import { watchAnswerList } from './answer-feed';
import { createReviewStore } from './review-store';
import { clearShare } from './ticket-counts';
import type { TicketRow } from './ticket-row';
import { t } from '@/lib/i18n';

export type ReviewSection = 'tickets' | 'retro';

function sectionOf(hash: string): ReviewSection {
  return hash === '#retro' ? 'retro' : 'tickets';
}

/** Everything the review page needs, created once; `start()` subscribes and returns the cleanup. */
export function createReviewPage(): {
  props: Omit<ReviewPageProps, 'section'>;
  section: Signal<ReviewSection>;
  /** The open session's own unclear tickets (its question 3), for exports and the Confluence page. */
  sessionTickets: () => TicketRow[];
  start(): () => void;
} {
  const tickets = createReviewStore(watchAnswerList);
  const retro = createRetroStore(retroDeps());
  const section = signal<ReviewSection>(sectionOf(location.hash));
  const onHash = (): void => void (section.value = sectionOf(location.hash));
  const flush = (): void => void retro.flush();
  /** The unclear tickets a session names in its question 3, as they are now. */
  const sessionTickets = (session: { openAnswers: readonly string[] }) => ticketsOfSession(session.openAnswers, tickets.rows.peek());
  const sessionOrThrow = () => {
    const session = retro.current.peek();
    if (!session) throw new Error(t('exportErrors.noSession'));
    return session;
  };
  return {
    section,
    sessionTickets: () => {
      const session = retro.current.peek();
      return session ? sessionTickets(session) : [];
    },
    props: {
      tickets,
      retro,
      today: localDay(Date.now()),
      onDownloadTickets: (format) => downloadTickets(format, tickets.result.peek()),
      onCopyTickets: () => copyTickets(tickets.result.peek()),
      onStartSession: (date, teamName) =>
        void retro.start({
          date,
          teamName,
          // What the team is looking at: the filtered table's unclear tickets (a site, a project).
          unclearText: unclearTicketLines(tickets.result.peek().filter((row) => row.verdict === 'unclear')),
          tickets: clearShare(tickets.rows.peek()),
        }),
      onDownloadSession: (format) => {
        const session = sessionOrThrow();
        return downloadSession(format, session, sessionTickets(session));
      },
      onCopySession: () => {
        const session = sessionOrThrow();
        return copySession(session, sessionTickets(session));
      },
    },
    start() {
      addEventListener('hashchange', onHash);
      addEventListener('pagehide', flush);
      return () => {
        removeEventListener('hashchange', onHash);
        removeEventListener('pagehide', flush);
        tickets.dispose();
        retro.dispose();
      };
    },
  };
}
