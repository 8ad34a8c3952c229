import { t } from '@/lib/i18n';
import type { TicketCounts as Counts } from '@/lib/review/ticket-counts';

export interface TicketCountsProps {
  counts: Counts;
  /** The tab's Jira site; its row is left out on other pages. */
  site: string | null;
  testId?: string;
}

/** Answered and unclear tickets for this Jira site and for all sites, as a small table. */
export function TicketCounts({ counts, site, testId = 'popup-counts' }: TicketCountsProps) {
  const here = site === null ? null : (counts.bySite.get(site) ?? { answered: 0, unclear: 0 });
  const rows = [
    ...(here ? [{ id: 'site', label: t('popup.countsSite'), title: site ?? '', counts: here }] : []),
    { id: 'all', label: t('popup.countsAll'), title: '', counts: counts.all },
  ];
  return (
    <table class="counts" data-testid={testId}>
      <caption>{t('popup.countsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('popup.countsScope')}</th>
          <th scope="col">{t('popup.answered')}</th>
          <th scope="col">{t('popup.unclear')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid={`counts-${row.id}`}>
            <th scope="row" title={row.title || undefined}>
              {row.label}
            </th>
            <td data-testid={`counts-${row.id}-answered`}>{row.counts.answered}</td>
            <td data-testid={`counts-${row.id}-unclear`}>{row.counts.unclear}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
