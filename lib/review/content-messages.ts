/**
 * The content script's side of `lib/messages.ts`: answers the popup, the badge and the keyboard
 * command about the Jira page. Free of zod and the analyzer, like all content-side code (the
 * content script has a 40 KB budget); the pages validate the replies.
 */
import type { IssueInfo, PageInfo, ToggleResult } from '@/lib/messages';
import { readIssueFields } from '@/lib/jira/dom-fields';
import { detectFlavour, readContextPath } from '@/lib/jira/flavour';
import { detectIssueContext } from '@/lib/jira/issue-context';
import { findIssueScope } from '@/lib/jira/placement';

export const GET_ISSUE_MESSAGE = 'cbc:get-issue';
export const TOGGLE_PANEL_MESSAGE = 'cbc:toggle-panel';

/** What the content script hands the handler; read afresh on every message. */
export interface ContentState {
  page(): PageInfo;
  /** Hides the panel when shown and shows it when hidden; returns whether it is now shown. */
  toggleVisible(): boolean;
}

function messageType(message: unknown): unknown {
  return typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
}

/**
 * The body of the content script's `runtime.onMessage` listener. Returns the reply as a promise (how
 * the polyfill answers), or `undefined` for messages that are not ours, so other listeners answer them.
 */
export function handleContentMessage(message: unknown, state: ContentState): Promise<PageInfo | ToggleResult> | undefined {
  const type = messageType(message);
  if (type === GET_ISSUE_MESSAGE) return Promise.resolve(state.page());
  if (type === TOGGLE_PANEL_MESSAGE) return Promise.resolve({ visible: state.toggleVisible() });
  return undefined;
}

/**
 * What a Jira tab tells the popup and the badge, read from the URL and DOM at the moment of asking,
 * so a reply is never a navigation behind.
 */
export function readPageInfo(url: URL, doc: Document): PageInfo {
  const issue = detectIssueContext(url, doc);
  if (!issue) {
    const contextPath = readContextPath(doc) ?? '';
    const where = { url: url.href, origin: url.origin, contextPath, flavour: detectFlavour(url, doc) };
    return { site: url.origin + contextPath, issue: null, ...where };
  }
  const fields = readIssueFields(findIssueScope(doc, issue) ?? doc, issue.flavour, issue.key);
  const info: IssueInfo = {
    key: issue.key,
    summary: fields.summary,
    url: url.href,
    description: fields.description,
    issueType: fields.issueType,
    labels: fields.labels,
  };
  return { site: issue.site, issue: info, url: url.href, origin: issue.origin, contextPath: issue.contextPath, flavour: issue.flavour };
}
