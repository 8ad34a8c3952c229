import { t } from '@/lib/i18n';
import { FLAG_LABEL_KEYS } from '@/lib/review/flag-labels';
import type { SortColumn, TicketSort } from '@/lib/review/ticket-query';
import type { TicketRow } from '@/lib/review/ticket-row';
import { formatStamp } from '@/lib/export/document';
import { VerdictLabel } from './VerdictLabel';

export interface TicketTableProps {
  /** The rows of the page shown. */
  rows: readonly TicketRow[];
  sort: TicketSort;
  onSort: (column: SortColumn) => void;
  /** Shows the site under each key when tickets come from more than one. */
  showSite: boolean;
  testId?: string;
}

const COLUMNS: SortColumn[] = ['key', 'summary', 'customer', 'benefit', 'evidence', 'verdict', 'flags', 'updated'];

function flagLabel(code: string): string {
  const key = FLAG_LABEL_KEYS[code];
  return key ? t(key) : code;
}

/** The review table. Headers are buttons that sort; `aria-sort` tells screen readers the order. */
export function TicketTable({ rows, sort, onSort, showSite, testId = 'ticket-table' }: TicketTableProps) {
  return (
    <table class="tickets" data-testid={testId}>
      <caption class="visually-hidden">{t('review.tableCaption')}</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const sorted = sort.column === column;
            return (
              <th key={column} scope="col" class={`col-${column}`} aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                <button type="button" class="sort" data-testid={`sort-${column}`} onClick={() => onSort(column)}>
                  {t(`review.columns.${column}`)}
                  <span aria-hidden="true" class="sort-mark">
                    {sorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="ticket-row" data-key={row.key} data-verdict={row.verdict}>
            <th scope="row" class="col-key">
              <a href={row.url} target="_blank" rel="noreferrer">
                {row.key}
              </a>
              {showSite && <span class="site">{row.site.replace(/^https?:\/\//, '')}</span>}
            </th>
            <td class="col-summary">{row.summary}</td>
            <td class="col-customer">{row.customer}</td>
            <td class="col-benefit">{row.benefit}</td>
            <td class="col-evidence">{row.evidence}</td>
            <td class="col-verdict">
              <VerdictLabel verdict={row.verdict} source={row.source} />
            </td>
            <td class="col-flags">{row.flags.map(flagLabel).join(', ')}</td>
            <td class="col-updated">
              <time dateTime={new Date(row.updatedAt).toISOString()}>{formatStamp(row.updatedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
