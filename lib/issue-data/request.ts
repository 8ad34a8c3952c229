import { browser } from 'wxt/browser';
import type { IssueContext } from '@/lib/jira/issue-context';
import { ISSUE_MESSAGE, type IssueDataReply, type IssueDataRequest } from './protocol';

/** Content side: the issue from Jira's REST API through the background, or why not. Never throws. */
export async function requestIssueData(issue: IssueContext): Promise<IssueDataReply> {
  const request: IssueDataRequest = {
    type: ISSUE_MESSAGE,
    origin: issue.origin,
    contextPath: issue.contextPath,
    flavour: issue.flavour,
    key: issue.key,
  };
  try {
    const reply = (await browser.runtime.sendMessage(request)) as IssueDataReply | undefined;
    if (reply && typeof reply === 'object' && typeof reply.ok === 'boolean') return reply;
  } catch {
    // falls through: the extension was reloaded, or the background is gone
  }
  const message = { en: 'The extension could not ask Jira.', pl: 'Rozszerzenie nie mogło zapytać Jiry.' };
  return { ok: false, kind: 'extension', message };
}
