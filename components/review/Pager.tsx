import { t } from '@/lib/i18n';

export interface PagerProps {
  /** 0-based. */
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  testId?: string;
}

/** Previous and next page, with where we are in words. */
export function Pager({ page, pageCount, onPage, testId = 'pager' }: PagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pager" aria-label={t('review.page', [page + 1, pageCount])} data-testid={testId}>
      <button type="button" class="button" disabled={page === 0} data-testid="page-previous" onClick={() => onPage(page - 1)}>
        <span aria-hidden="true">← </span>
        {t('review.previous')}
      </button>
      <span data-testid="page-status">{t('review.page', [page + 1, pageCount])}</span>
      <button type="button" class="button" disabled={page >= pageCount - 1} data-testid="page-next" onClick={() => onPage(page + 1)}>
        {t('review.next')}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
