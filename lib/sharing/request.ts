import { askBackground, issueAddress } from '@/lib/content/ask-background';
import type { IssueContext } from '@/lib/jira/issue-context';
import { SHARING_MESSAGE, type SharingOp, type SharingReply, type SharingRequest } from './protocol';

/** Content side: asks the background to read or share this issue's team answer. Never throws. */
export function requestSharing(op: SharingOp, issue: IssueContext): Promise<SharingReply> {
  const request: SharingRequest = { type: SHARING_MESSAGE, op, ...issueAddress(issue) };
  const message = { en: 'The extension could not reach Jira.', pl: 'Rozszerzenie nie mogło połączyć się z Jirą.' };
  return askBackground<SharingReply>(request, { ok: false, op, kind: 'extension', message });
}
