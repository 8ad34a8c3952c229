import { useEffect, useState } from 'preact/hooks';
import { SiteAccessNotice } from '@/components/options/SiteAccessNotice';
import { PopupView } from '@/components/popup/PopupView';
import { t } from '@/lib/i18n';
import { findPopupTab, openReviewPage, popupDeps } from '@/lib/review/popup-env';
import { createPopupStore } from '@/lib/review/popup-store';

/** The toolbar popup: wires the popup store to the browser. */
export function App() {
  const [store] = useState(() => createPopupStore(popupDeps(location.search)));
  useEffect(() => {
    document.documentElement.lang = t('uiLanguage');
    // Closing the popup must not lose the last words typed.
    const flush = (): void => void store.panel.peek()?.flush();
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      store.dispose();
    };
  }, [store]);
  return (
    <>
      <SiteAccessNotice findTab={() => findPopupTab(location.search)} />
      <PopupView store={store} onOpenReview={() => void openReviewPage()} />
    </>
  );
}
