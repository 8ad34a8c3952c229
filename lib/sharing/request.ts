import { browser } from 'wxt/browser';
import type { IssueContext } from '@/lib/jira/issue-context';
import { SHARING_MESSAGE, type SharingOp, type SharingReply, type SharingRequest } from './protocol';

/** Content side: asks the background to read or share this issue's team answer. Never throws. */
export async function requestSharing(op: SharingOp, issue: IssueContext): Promise<SharingReply> {
  const request: SharingRequest = {
    type: SHARING_MESSAGE,
    op,
    origin: issue.origin,
    contextPath: issue.contextPath,
    flavour: issue.flavour,
    key: issue.key,
  };
  try {
    const reply = (await browser.runtime.sendMessage(request)) as SharingReply | undefined;
    if (reply && typeof reply === 'object' && typeof reply.ok === 'boolean') return reply;
  } catch {
    // falls through: the extension was reloaded, or the background is gone
  }
  const message = { en: 'The extension could not reach Jira.', pl: 'Rozszerzenie nie mogło połączyć się z Jirą.' };
  return { ok: false, op, kind: 'extension', message };
}
