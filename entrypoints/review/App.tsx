import { useEffect, useState } from 'preact/hooks';
import { ConfluencePublishContext } from '@/components/retro/ConfluencePublish';
import { ReviewPage } from '@/components/review/ReviewPage';
import { createConfluencePublishStore, publishDeps } from '@/lib/confluence-publish';
import { t } from '@/lib/i18n';
import { createReviewPage } from '@/lib/review/review-page';

/** The review page: wires the ticket and retro stores to storage, exports and the address's #section. */
export function App() {
  const [page] = useState(createReviewPage);
  const [publish] = useState(() => createConfluencePublishStore(publishDeps(() => page.props.tickets.rows.value.map((row) => row.site), () => page.sessionTickets())));
  useEffect(() => {
    document.documentElement.lang = t('uiLanguage');
    document.title = t('review.title');
    const stop = page.start();
    return () => (stop(), publish.dispose());
  }, [page, publish]);
  return (
    <ConfluencePublishContext.Provider value={publish}>
      <ReviewPage {...page.props} section={page.section.value} />
    </ConfluencePublishContext.Provider>
  );
}
