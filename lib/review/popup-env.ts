import { browser } from 'wxt/browser';
import { analyze } from '@/lib/analyzer';
import { askPage } from '@/lib/messages';
import { getAnswer, saveAnswer, watchAnswer } from '@/lib/storage/answers';
import { createPopupSprintCheck } from '@/lib/sprint-check/check-env';
import { watchAnswerList } from './answer-feed';
import type { PopupDeps } from './popup-store';

/**
 * The tab the popup is about. `?tab=<id>` names it: the e2e tests open popup.html in a tab of its own,
 * where the active tab would be the popup itself. Otherwise the active tab of the popup's window.
 */
export async function findPopupTab(search: string): Promise<number | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null; // no id for devtools windows
}

/** The popup's real dependencies. */
export function popupDeps(search: string): PopupDeps {
  return {
    findTab: () => findPopupTab(search),
    askPage,
    watchAnswerList,
    storage: { getAnswer, saveAnswer, watchAnswer },
    // The popup is an extension page: it may run the analyzer itself (the panel asks the background).
    analyze: (input) => Promise.resolve(analyze(input)),
    sprintCheck: createPopupSprintCheck,
  };
}

/** Opens the review page in a new tab and closes the popup. */
export async function openReviewPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/review.html') });
  window.close();
}
