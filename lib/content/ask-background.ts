import { browser } from 'wxt/browser';
import type { IssueContext } from '@/lib/jira/issue-context';

/** What every issue service of the background is asked with: where the issue lives. */
export function issueAddress(issue: IssueContext): Pick<IssueContext, 'origin' | 'contextPath' | 'flavour' | 'key'> {
  return { origin: issue.origin, contextPath: issue.contextPath, flavour: issue.flavour, key: issue.key };
}

/**
 * Content side of the background's services: the reply, or `unreachable` when there is none (the
 * extension was reloaded, the background is gone, or it answered nonsense). Never throws.
 */
export async function askBackground<Reply extends { ok: boolean }>(request: object, unreachable: Reply): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply | undefined;
    if (reply && typeof reply === 'object' && typeof reply.ok === 'boolean') return reply;
  } catch {
    // falls through to `unreachable`
  }
  return unreachable;
}
