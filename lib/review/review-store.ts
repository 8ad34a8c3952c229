import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Answer } from '@/lib/storage/answer-schema';
import {
  DEFAULT_SORT, EMPTY_FILTER, type SortColumn, type TicketFilter, type TicketSort, filterChoices, queryTickets,
} from './ticket-query';
import { type TicketRow, toTicketRows } from './ticket-row';

/** Rows per page: a page renders in a few milliseconds however many tickets there are. */
export const PAGE_SIZE = 50;

export interface ReviewStore {
  loaded: Signal<boolean>;
  rows: Signal<TicketRow[]>;
  filter: Signal<TicketFilter>;
  sort: Signal<TicketSort>;
  /** 0-based, always within the result. */
  page: ReadonlySignal<number>;
  result: ReadonlySignal<TicketRow[]>;
  pageRows: ReadonlySignal<TicketRow[]>;
  pageCount: ReadonlySignal<number>;
  choices: ReadonlySignal<{ sites: string[]; projects: string[] }>;
  /** Unclear tickets regardless of the filter, newest first: question 3 of the retro. */
  unclear: ReadonlySignal<TicketRow[]>;
  setFilter(patch: Partial<TicketFilter>): void;
  /** A click on a column header: sort by it, or turn its direction round. */
  sortBy(column: SortColumn): void;
  setUnclearFirst(value: boolean): void;
  setPage(page: number): void;
  dispose(): void;
}

export function createReviewStore(watchAnswerList: (callback: (answers: Answer[]) => void) => () => void): ReviewStore {
  const loaded = signal(false);
  const rows = signal<TicketRow[]>([]);
  const filter = signal<TicketFilter>(EMPTY_FILTER);
  const sort = signal<TicketSort>(DEFAULT_SORT);
  const requestedPage = signal(0);
  const result = computed(() => queryTickets(rows.value, filter.value, sort.value));
  const pageCount = computed(() => Math.max(1, Math.ceil(result.value.length / PAGE_SIZE)));
  const page = computed(() => Math.max(0, Math.min(requestedPage.value, pageCount.value - 1)));
  const unwatch = watchAnswerList((answers) => {
    rows.value = toTicketRows(answers);
    loaded.value = true;
  });
  return {
    loaded,
    rows,
    filter,
    sort,
    page,
    result,
    pageRows: computed(() => result.value.slice(page.value * PAGE_SIZE, (page.value + 1) * PAGE_SIZE)),
    pageCount,
    choices: computed(() => filterChoices(rows.value)),
    unclear: computed(() =>
      rows.value.filter((row) => row.verdict === 'unclear').sort((a, b) => b.updatedAt - a.updatedAt),
    ),
    setFilter(patch) {
      filter.value = { ...filter.value, ...patch };
      requestedPage.value = 0;
    },
    sortBy(column) {
      const { column: previous, direction } = sort.value;
      const flip = previous === column;
      sort.value = { ...sort.value, column, direction: flip ? (direction === 'asc' ? 'desc' : 'asc') : column === 'updated' ? 'desc' : 'asc' };
      requestedPage.value = 0;
    },
    setUnclearFirst(value) {
      sort.value = { ...sort.value, unclearFirst: value };
    },
    setPage(next) {
      requestedPage.value = next;
    },
    dispose: unwatch,
  };
}
