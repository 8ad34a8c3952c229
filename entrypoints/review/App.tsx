import { useEffect, useState } from 'preact/hooks';
import { ReviewPage } from '@/components/review/ReviewPage';
import { t } from '@/lib/i18n';
import { createReviewPage } from '@/lib/review/review-page';

/** The review page: wires the ticket and retro stores to storage, exports and the address's #section. */
export function App() {
  const [page] = useState(createReviewPage);
  useEffect(() => {
    document.documentElement.lang = t('uiLanguage');
    document.title = t('review.title');
    return page.start();
  }, [page]);
  return <ReviewPage {...page.props} section={page.section.value} />;
}
