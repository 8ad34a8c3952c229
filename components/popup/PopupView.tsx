import { t } from '@/lib/i18n';
import { countTickets, latestUnclear } from '@/lib/review/ticket-counts';
import type { PopupStore } from '@/lib/review/popup-store';
import { PopupIssue } from './PopupIssue';
import { SprintCheck } from './SprintCheck';
import { TicketCounts } from './TicketCounts';
import { UnclearList } from './UnclearList';

export interface PopupViewProps {
  store: PopupStore;
  onOpenReview: () => void;
  testId?: string;
}

/** How many latest unclear tickets the popup lists. */
export const LATEST_UNCLEAR = 5;

/** The toolbar popup: this tab's issue (on Jira), the counts, the latest unclear tickets, the way to the review. */
export function PopupView({ store, onOpenReview, testId = 'popup' }: PopupViewProps) {
  const page = store.page.value;
  const answers = store.answers.value;
  const panel = store.panel.value;
  return (
    <main class="popup" data-testid={testId} aria-busy={!store.loaded.value}>
      <h1 class="popup-title">{t('popup.title')}</h1>
      {!store.loaded.value ? (
        <p class="hint">{t('popup.loading')}</p>
      ) : page?.issue && panel ? (
        <PopupIssue issue={page.issue} store={panel} />
      ) : (
        <p class="hint" data-testid="popup-no-issue">
          {page ? t('popup.noIssue') : t('popup.notJira')}
        </p>
      )}
      {store.check.value && <SprintCheck store={store.check.value} open={!page?.issue} />}
      {answers && (
        <>
          <TicketCounts counts={countTickets(answers)} site={page?.site ?? null} />
          <UnclearList answers={latestUnclear(answers, LATEST_UNCLEAR)} />
        </>
      )}
      <button type="button" class="button primary" data-testid="open-review" onClick={onOpenReview}>
        {t('popup.openReview')}
      </button>
    </main>
  );
}
