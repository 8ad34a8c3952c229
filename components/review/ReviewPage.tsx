import { RetroView } from '@/components/retro/RetroView';
import type { ExportFormat } from '@/lib/export/actions';
import { t } from '@/lib/i18n';
import type { RetroStore } from '@/lib/retro/retro-store';
import type { ReviewStore } from '@/lib/review/review-store';
import { TicketsView } from './TicketsView';

export interface ReviewPageProps {
  section: 'tickets' | 'retro';
  tickets: ReviewStore;
  retro: RetroStore;
  today: string;
  onDownloadTickets: (format: ExportFormat) => string;
  onCopyTickets: () => Promise<void>;
  onStartSession: (date: string, teamName: string) => void;
  onDownloadSession: (format: ExportFormat) => string;
  onCopySession: () => Promise<void>;
  testId?: string;
}

/** The review page: the ticket table and the retro, one at a time, chosen by the address's `#retro`. */
export function ReviewPage(props: ReviewPageProps) {
  const { section, testId = 'review' } = props;
  return (
    <div class="review-page" data-testid={testId}>
      <header class="review-header">
        <h1>{t('review.title')}</h1>
        <nav aria-label={t('review.tabs.label')} class="tabs">
          <a href="#tickets" aria-current={section === 'tickets' ? 'page' : undefined} data-testid="tab-tickets">
            {t('review.tabs.tickets')}
            {props.tickets.unclear.value.length > 0 && (
              <span class="tab-count"> ({t('popup.unclear')}: {props.tickets.unclear.value.length})</span>
            )}
          </a>
          <a href="#retro" aria-current={section === 'retro' ? 'page' : undefined} data-testid="tab-retro">
            {t('review.tabs.retro')}
          </a>
        </nav>
      </header>
      <main>
        {section === 'tickets' ? (
          <TicketsView store={props.tickets} onDownload={props.onDownloadTickets} onCopy={props.onCopyTickets} />
        ) : (
          <RetroView
            store={props.retro}
            today={props.today}
            onStart={props.onStartSession}
            onDownload={props.onDownloadSession}
            onCopy={props.onCopySession}
          />
        )}
      </main>
    </div>
  );
}
