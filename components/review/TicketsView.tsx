import { t } from '@/lib/i18n';
import type { ExportFormat } from '@/lib/export/actions';
import { EMPTY_FILTER } from '@/lib/review/ticket-query';
import type { ReviewStore } from '@/lib/review/review-store';
import { ExportBar } from './ExportBar';
import { Pager } from './Pager';
import { TicketFilters } from './TicketFilters';
import { TicketTable } from './TicketTable';

export interface TicketsViewProps {
  store: ReviewStore;
  onDownload: (format: ExportFormat) => string;
  onCopy: () => Promise<void>;
  testId?: string;
}

/** Every answered or checked ticket: filters, export of what is shown, the table in pages. */
export function TicketsView({ store, onDownload, onCopy, testId = 'tickets' }: TicketsViewProps) {
  const { sites, projects } = store.choices.value;
  const total = store.rows.value.length;
  const shown = store.result.value.length;
  if (!store.loaded.value) return <p class="hint">{t('review.loading')}</p>;
  return (
    <section class="tickets-view" aria-labelledby="tickets-heading" data-testid={testId}>
      <h2 id="tickets-heading" class="visually-hidden">
        {t('review.tabs.tickets')}
      </h2>
      <TicketFilters
        filter={store.filter.value}
        sites={sites}
        projects={projects}
        unclearFirst={store.sort.value.unclearFirst}
        onChange={store.setFilter}
        onUnclearFirst={store.setUnclearFirst}
        onReset={() => store.setFilter(EMPTY_FILTER)}
      />
      <div class="tickets-bar">
        <p class="count" role="status" data-testid="ticket-count">
          {t('review.count', [shown, total])}
        </p>
        <ExportBar label={t('review.export.ticketsTitle')} onDownload={onDownload} onCopy={onCopy} testId="export-tickets" />
      </div>
      {total === 0 ? (
        <p class="hint" data-testid="tickets-none">{t('review.none')}</p>
      ) : shown === 0 ? (
        <p class="hint" data-testid="tickets-empty">{t('review.empty')}</p>
      ) : (
        <div class="table-scroll">
          <TicketTable rows={store.pageRows.value} sort={store.sort.value} onSort={store.sortBy} showSite={sites.length > 1} />
        </div>
      )}
      <Pager page={store.page.value} pageCount={store.pageCount.value} onPage={store.setPage} />
    </section>
  );
}
