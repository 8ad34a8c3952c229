import { signal, type Signal } from '@preact/signals';
import type { ReviewPageProps } from '@/components/review/ReviewPage';
import { copySession, copyTickets, downloadSession, downloadTickets } from '@/lib/export/actions';
import { retroDeps } from '@/lib/retro/retro-env';
import { createRetroStore } from '@/lib/retro/retro-store';
import { localDay, unclearTicketLines } from '@/lib/retro/session';
import { watchAnswerList } from './answer-feed';
import { createReviewStore } from './review-store';
import { clearShare } from './ticket-counts';
import { t } from '@/lib/i18n';

export type ReviewSection = 'tickets' | 'retro';

function sectionOf(hash: string): ReviewSection {
  return hash === '#retro' ? 'retro' : 'tickets';
}

/** Everything the review page needs, created once; `start()` subscribes and returns the cleanup. */
export function createReviewPage(): {
  props: Omit<ReviewPageProps, 'section'>;
  section: Signal<ReviewSection>;
  start(): () => void;
} {
  const tickets = createReviewStore(watchAnswerList);
  const retro = createRetroStore(retroDeps());
  const section = signal<ReviewSection>(sectionOf(location.hash));
  const onHash = (): void => void (section.value = sectionOf(location.hash));
  const flush = (): void => void retro.flush();
  const sessionOrThrow = () => {
    const session = retro.current.peek();
    if (!session) throw new Error(t('exportErrors.noSession'));
    return session;
  };
  return {
    section,
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
          unclearText: unclearTicketLines(tickets.unclear.peek()),
          tickets: clearShare(tickets.rows.peek()),
        }),
      onDownloadSession: (format) => downloadSession(format, sessionOrThrow(), tickets.unclear.peek()),
      onCopySession: () => copySession(sessionOrThrow(), tickets.unclear.peek()),
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
