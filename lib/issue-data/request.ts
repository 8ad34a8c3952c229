import { askBackground, issueAddress } from '@/lib/content/ask-background';
import type { IssueContext } from '@/lib/jira/issue-context';
import { ISSUE_MESSAGE, type IssueDataReply, type IssueDataRequest } from './protocol';

/** Content side: the issue from Jira's REST API through the background, or why not. Never throws. */
export function requestIssueData(issue: IssueContext): Promise<IssueDataReply> {
  const request: IssueDataRequest = { type: ISSUE_MESSAGE, ...issueAddress(issue) };
  const message = { en: 'The extension could not ask Jira.', pl: 'Rozszerzenie nie mogło zapytać Jiry.' };
  return askBackground<IssueDataReply>(request, { ok: false, kind: 'extension', message });
}
