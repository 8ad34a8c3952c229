import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { askPage } from '@/lib/messages';
import { isAnswerKey } from '@/lib/storage/answer-records';
import { listAnswers } from '@/lib/storage/answers';
import { type BadgeState, type BadgeTexts, badgeFor } from './badge-state';

/** Chrome MV3 has `action`; Firefox's MV2 build has `browserAction` with the same methods. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

const TEXTS: BadgeTexts = {
  get name() {
    return t('extName');
  },
  issue: (key, verdict) => `${key}, ${t(`review.verdict.${verdict}`)}`,
  unclearCount: (count) => t('popup.badgeUnclear', [count]),
};

/** A storage burst (an import, a sync) updates the badge once. */
const STORAGE_DELAY_MS = 200;
/** The content script may start a little after the tab says it is complete. */
const LATE_CONTENT_SCRIPT_MS = 1_000;

async function show(tabId: number, state: BadgeState): Promise<void> {
  const button = toolbarButton();
  try {
    await Promise.all([
      button.setBadgeText({ tabId, text: state.text }),
      button.setBadgeBackgroundColor({ tabId, color: state.color }),
      button.setTitle({ tabId, title: state.title }),
    ]);
  } catch {
    // The tab closed while we asked it.
  }
}

/** Asks the tab what it shows and sets its badge. */
export async function updateBadge(tabId: number): Promise<void> {
  const [page, answers] = await Promise.all([askPage(tabId), listAnswers()]);
  await show(tabId, badgeFor(page, answers, TEXTS));
}

async function updateActiveTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ active: true });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : updateBadge(tab.id))));
}

/**
 * Keeps the toolbar badge of each active tab in step with its page and with the answers. Needs no
 * `tabs` permission: it asks the tab's content script what the page is, instead of reading URLs.
 * Returns the function that stops it.
 */
export function startBadge(): () => void {
  let storageTimer: ReturnType<typeof setTimeout> | undefined;
  const onActivated = ({ tabId }: { tabId: number }): void => void updateBadge(tabId);
  const onUpdated = (tabId: number, change: { status?: string; url?: string }): void => {
    if (change.status !== 'complete' && change.url === undefined) return;
    void updateBadge(tabId);
    setTimeout(() => void updateBadge(tabId), LATE_CONTENT_SCRIPT_MS);
  };
  const onStorage = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local' || !Object.keys(changes).some(isAnswerKey)) return;
    clearTimeout(storageTimer);
    storageTimer = setTimeout(() => void updateActiveTabs(), STORAGE_DELAY_MS);
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.storage.onChanged.addListener(onStorage);
  void updateActiveTabs();
  return () => {
    clearTimeout(storageTimer);
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.storage.onChanged.removeListener(onStorage);
  };
}
