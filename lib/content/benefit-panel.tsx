import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { signal } from '@preact/signals';
import { render } from 'preact';
import panelCss from '@/components/panel.css?inline';
import { browser } from 'wxt/browser';
import { PanelRoot } from '@/components/PanelRoot';
import { readIssueFields } from '@/lib/jira/dom-fields';
import { detectIssueContext, type IssueContext } from '@/lib/jira/issue-context';
import { findIssueScope, findPlacement } from '@/lib/jira/placement';
import { requestAnalysis } from '@/lib/analysis/request';
import { requestIssueData } from '@/lib/issue-data/request';
import { createPanelStore, type PanelStore } from '@/lib/panel/panel-store';
import { createSharingStore } from '@/lib/sharing/panel-sharing';
import { flushPendingWrites, getAnswer, rescueUnsavedNow, saveAnswer, watchAnswer } from '@/lib/storage/answers';
import { rescuePatch } from '@/lib/storage/write-rescue';
import { getSettings, updateSettings, watchSettings } from '@/lib/storage/settings';
import { handleContentMessage, readPageInfo } from '@/lib/review/content-messages';
import { applyLanguageSetting } from '@/lib/i18n-override';
import { handleFetchRelay } from './fetch-relay';
import { createFocusKeeper } from './focus-keeper';
import { isPlaced, placeHost } from './host-placement';
import { createDelayedTask, createFrameScheduler } from './scheduling';
import { followJiraTheme } from './theme';

/** How long a known anchor may take to appear before the panel floats and says the layout is unknown. */
export const UNKNOWN_LAYOUT_MS = 3_000;

/**
 * Shows the customer benefit panel beside the issue the page is about, and keeps it there while Jira
 * (a single-page app) re-renders and navigates. One shadow host for the script's lifetime, moved
 * rather than re-created, so there is never a second panel and re-renders never lose typed text.
 */
export async function startBenefitPanel(ctx: ContentScriptContext): Promise<void> {
  await applyLanguageSetting({ onStop: (stop) => ctx.onInvalidated(stop) }); // the options page's language, before any text
  const settings = await getSettings();
  const collapsed = signal(settings.panelCollapsed);
  const floating = signal(false);
  const store = signal<PanelStore | null>(null);
  ctx.onInvalidated(watchSettings((next) => (collapsed.value = next.panelCollapsed)));

  const ui = await createShadowRootUi(ctx, {
    name: 'customer-benefit-panel',
    position: 'inline',
    anchor: 'body',
    isolateEvents: true, // typing in the panel must not trigger Jira's hotkeys
    inheritStyles: true, // panel.css resets with `all: initial` itself, then styles the host (WXT's reset is !important)
    // Inlined rather than fetched from a web-accessible file: no extension URL for pages to probe,
    // nothing to open up on sites the user adds, and no request before the panel can show.
    css: panelCss,
    onMount: () => undefined, // placement is ours: see placeHost
  });
  const host = ui.shadowHost;
  followJiraTheme(ctx, host);
  const focus = createFocusKeeper(ctx, ui.shadow);
  const toggleCollapsed = (): void => void updateSettings({ panelCollapsed: !collapsed.value });
  render(<PanelRoot store={store} collapsed={collapsed} floating={floating} onToggleCollapsed={toggleCollapsed} />, ui.uiContainer);

  let issue: IssueContext | null = null;
  /** When the known anchor went missing (or the issue opened without one); null while placed. */
  let missingSince: number | null = null;
  /** Placed inline at least once for this issue: a later disappearance is Jira re-rendering. */
  let wasPlaced = false;
  const requestSync = createFrameScheduler(ctx, sync); // Jira mutates its DOM in bursts: look at most once a frame
  const recheckLater = createDelayedTask(ctx, sync);
  const observer = new MutationObserver(onMutations);

  function openIssue(url: URL): void {
    const next = detectIssueContext(url, document);
    const sameIssue = next && issue && next.site === issue.site && next.key === issue.key;
    issue = next;
    if (sameIssue) return requestSync(); // e.g. the board modal became the full page
    store.peek()?.dispose();
    const storage = { getAnswer, saveAnswer, watchAnswer };
    store.value = next ? createPanelStore({ site: next.site, key: next.key }, storage, requestAnalysis, createSharingStore(next)) : null;
    if (!next) {
      observer.disconnect();
      host.remove();
      return;
    }
    missingSince = null;
    wasPlaced = false;
    floating.value = false;
    const opened = store.peek()!;
    void requestIssueData(next).then((reply) => opened.setRestResult(reply));
    observer.observe(document.body, { childList: true, subtree: true });
    sync();
  }

  /**
   * When Jira took the panel away, put it back at once (mutation callbacks run before the next key
   * event), so no keystroke reaches Jira meanwhile; otherwise look once a frame.
   */
  function onMutations(): void {
    followLocation(); // a string compare; spares Firefox WXT's one-second polling lag
    if (!issue) return;
    if (!host.isConnected && missingSince === null && placeBack()) return;
    requestSync();
  }

  /** Re-places a panel Jira just removed, if its new anchor is there yet; true when it did. */
  function placeBack(): boolean {
    const placement = findPlacement(document, issue!, issue!.flavour);
    if (!placement || !wasPlaced) return false;
    placeHost(host, placement, document);
    focus.restore();
    requestSync(); // read the re-rendered fields in the next frame
    return true;
  }

  function sync(): void {
    if (!issue) return;
    const placement = findPlacement(document, issue, issue.flavour);
    if (placement) {
      missingSince = null;
      floating.value = false;
      if (!isPlaced(host, placement)) {
        placeHost(host, placement, document);
        focus.restore();
      }
      wasPlaced = true;
    } else {
      // Jira removes and re-adds columns while it renders: float only when no anchor came back in time.
      missingSince ??= performance.now();
      const waited = performance.now() - missingSince;
      if (floating.peek() || waited >= UNKNOWN_LAYOUT_MS) {
        floating.value = true;
        if (!host.isConnected || !host.hasAttribute('data-floating')) placeHost(host, 'floating', document);
      } else {
        recheckLater(UNKNOWN_LAYOUT_MS - waited);
      }
    }
    const scope = findIssueScope(document, issue) ?? document;
    store.peek()?.setFields(readIssueFields(scope, issue.flavour, issue.key));
  }

  // Words typed in the last 400 ms, then whatever the storage layer still holds (it rescues into the
  // page's localStorage when the extension was reloaded and storage is out of reach).
  // Team sharing then sends what waited for its pause (lib/sharing).
  const flush = (): void => void store.peek()?.flush().then(() => store.peek()?.sharing?.flush()).then(flushPendingWrites);
  ctx.addEventListener(window, 'pagehide', onPageHide);
  ctx.addEventListener(document, 'visibilitychange', flush);

  /** Unload gives async storage no time: keep the words in the page's rescue buffer first. */
  function onPageHide(): void {
    const current = store.peek();
    const typed = current?.pendingPatch();
    if (current && typed && Object.keys(typed).length > 0) rescuePatch(current.ref, typed, current.fields.peek().summary, Date.now());
    rescueUnsavedNow();
    flush();
  }
  // WXT's event is the Navigation API's `navigate`: it names where a navigation is going, also for
  // downloads and navigations the user cancels. The address the page has actually committed decides.
  let openedHref = location.href;
  const followLocation = (): void => {
    if (location.href === openedHref) return;
    openedHref = location.href;
    openIssue(new URL(openedHref));
  };
  const followSoon = createDelayedTask(ctx, followLocation);
  ctx.addEventListener(window, 'wxt:locationchange', () => followSoon(0));
  ctx.addEventListener(window, 'popstate', followLocation); // back/forward commit after `navigate` fires

  // The popup, the toolbar badge and the keyboard command ask this page what it shows (issue 5).
  let hidden = false;
  const onPageQuestion = (message: unknown): Promise<unknown> | undefined =>
    handleContentMessage(message, {
      page: () => readPageInfo(new URL(location.href), document),
      toggleVisible() {
        hidden = !hidden;
        host.style.display = hidden ? 'none' : ''; // inline beats the shadow root's :host rule
        return !hidden;
      },
    });
  browser.runtime.onMessage.addListener(onPageQuestion);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onPageQuestion));
  browser.runtime.onMessage.addListener(handleFetchRelay);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(handleFetchRelay));
  ctx.onInvalidated(() => {
    observer.disconnect();
    flush();
    store.peek()?.dispose();
    render(null, ui.uiContainer);
  });
  openIssue(new URL(location.href));
}
