import type { EffectiveVerdict } from './effective-verdict';
import { type TicketRow, foldText } from './ticket-row';

/** What the review table shows; an empty string means "any". */
export interface TicketFilter {
  site: string;
  project: string;
  verdict: '' | EffectiveVerdict;
  /** Updated on or after this local day, `YYYY-MM-DD`. */
  from: string;
  /** Updated on or before this local day, `YYYY-MM-DD`. */
  to: string;
  /** Words that must all appear in the row's text (any order, case and diacritics ignored). */
  text: string;
}

export const SORT_COLUMNS = ['key', 'summary', 'customer', 'benefit', 'evidence', 'verdict', 'flags', 'updated'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface TicketSort {
  column: SortColumn;
  direction: 'asc' | 'desc';
  /** Unclear tickets above all others, then the column order. @default true */
  unclearFirst: boolean;
}

export const EMPTY_FILTER: TicketFilter = { site: '', project: '', verdict: '', from: '', to: '', text: '' };
export const DEFAULT_SORT: TicketSort = { column: 'updated', direction: 'desc', unclearFirst: true };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const VERDICT_ORDER: Record<EffectiveVerdict, number> = { unclear: 0, undecided: 1, clear: 2 };

function localDayStart(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!).getTime();
}

/** Rows that pass the filter. One pass; the text test works on the precomputed haystack. */
export function filterTickets(rows: readonly TicketRow[], filter: TicketFilter): TicketRow[] {
  const terms = foldText(filter.text).split(/\s+/).filter(Boolean);
  const from = filter.from ? localDayStart(filter.from) : -Infinity;
  const to = filter.to ? localDayStart(filter.to) + 86_400_000 : Infinity;
  return rows.filter(
    (row) =>
      (!filter.site || row.site === filter.site) &&
      (!filter.project || row.project === filter.project) &&
      (!filter.verdict || row.verdict === filter.verdict) &&
      row.updatedAt >= from &&
      row.updatedAt < to &&
      terms.every((term) => row.haystack.includes(term)),
  );
}

function compareColumn(a: TicketRow, b: TicketRow, column: SortColumn): number {
  switch (column) {
    case 'key':
      return collator.compare(a.project, b.project) || a.number - b.number || collator.compare(a.site, b.site);
    case 'verdict':
      return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict];
    case 'flags':
      return a.flags.length - b.flags.length;
    case 'updated':
      return a.updatedAt - b.updatedAt;
    default:
      return collator.compare(a[column], b[column]);
  }
}

/** A sorted copy. Ties fall back to the key, so the order never depends on storage order. */
export function sortTickets(rows: readonly TicketRow[], sort: TicketSort): TicketRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      (sort.unclearFirst ? Number(b.verdict === 'unclear') - Number(a.verdict === 'unclear') : 0) ||
      sign * compareColumn(a, b, sort.column) ||
      compareColumn(a, b, 'key'),
  );
}

export function queryTickets(rows: readonly TicketRow[], filter: TicketFilter, sort: TicketSort): TicketRow[] {
  return sortTickets(filterTickets(rows, filter), sort);
}

/** The distinct sites and projects in the rows, sorted, for the filter's choices. */
export function filterChoices(rows: readonly TicketRow[]): { sites: string[]; projects: string[] } {
  const sites = new Set<string>();
  const projects = new Set<string>();
  for (const row of rows) {
    sites.add(row.site);
    projects.add(row.project);
  }
  return { sites: [...sites].sort(collator.compare), projects: [...projects].sort(collator.compare) };
}
