/**
 * Messages between the extension's pages (popup, background) and the content script on a Jira tab.
 * The popup cannot read Jira's DOM, so it asks the page. Replies are validated here, on the pages'
 * side; the content side (`lib/review/content-messages.ts`) stays free of zod to keep its bundle small.
 *
 * | message                      | reply                     |
 * |------------------------------|---------------------------|
 * | `{ type: 'cbc:get-issue' }`   | `PageInfo`                |
 * | `{ type: 'cbc:toggle-panel' }`| `{ visible: boolean }`    |
 */
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { GET_ISSUE_MESSAGE, TOGGLE_PANEL_MESSAGE } from '@/lib/review/content-messages';

export { GET_ISSUE_MESSAGE, TOGGLE_PANEL_MESSAGE, handleContentMessage, type ContentState } from '@/lib/review/content-messages';

export const contentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(GET_ISSUE_MESSAGE) }),
  z.object({ type: z.literal(TOGGLE_PANEL_MESSAGE) }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

export const issueInfoSchema = z.object({
  key: z.string(),
  /** `null` while Jira has not rendered it. */
  summary: z.nullable(z.string()),
  url: z.string(),
  description: z.nullable(z.string()),
  issueType: z.nullable(z.string()),
  labels: z.array(z.string()),
});
export type IssueInfo = z.infer<typeof issueInfoSchema>;

/** The Jira site of a tab, and the issue it shows (`null` on boards without an open issue, dashboards…). */
export const pageInfoSchema = z.object({
  /** Origin plus Data Center context path, as answers are stored. */
  site: z.string(),
  issue: z.nullable(issueInfoSchema),
  /**
   * Where the tab is, for checking a whole board, sprint or query through it (lib/sprint-check).
   * Optional: a tab whose content script predates these fields still answers.
   */
  url: z.optional(z.string()),
  origin: z.optional(z.string()),
  /** Data Center context path such as `/jira`; '' on Cloud. */
  contextPath: z.optional(z.string()),
  flavour: z.optional(z.enum(['cloud', 'datacenter', 'unknown'])),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export const toggleResultSchema = z.object({ visible: z.boolean() });
export type ToggleResult = z.infer<typeof toggleResultSchema>;

async function ask<T>(tabId: number, message: ContentMessage, schema: z.ZodMiniType<T>): Promise<T | null> {
  try {
    const parsed = schema.safeParse(await browser.tabs.sendMessage(tabId, message));
    return parsed.success ? parsed.data : null;
  } catch {
    // "Receiving end does not exist": not a Jira page, a browser page, or a tab opened before the
    // extension was installed or updated.
    return null;
  }
}

/** The tab's Jira site and issue; `null` when the tab has no content script or answers nonsense. */
export function askPage(tabId: number): Promise<PageInfo | null> {
  return ask(tabId, { type: GET_ISSUE_MESSAGE }, pageInfoSchema);
}

/** Shows or hides the panel in a tab; whether it is now shown, or `null` when the tab has no content script. */
export async function togglePanelInTab(tabId: number): Promise<boolean | null> {
  return (await ask(tabId, { type: TOGGLE_PANEL_MESSAGE }, toggleResultSchema))?.visible ?? null;
}
