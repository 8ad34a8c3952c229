import { z } from 'zod';
import { createJiraClient } from '@/lib/jira-rest/client';
import { jiraErrorMessage, toJiraRestError } from '@/lib/jira-rest/errors';
import { createTabFetch } from '@/lib/jira-rest/tab-fetch';
import { ISSUE_MESSAGE, type IssueDataReply } from './protocol';

const requestSchema = z.object({
  type: z.literal(ISSUE_MESSAGE),
  origin: z.url(),
  contextPath: z.string().regex(/^(\/[\w.~-]+)*$/),
  flavour: z.enum(['cloud', 'datacenter', 'unknown']),
  key: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/),
});

interface Sender {
  tab?: { id?: number };
}

/**
 * Background side: fetches an issue for the panel of the tab that asks, through that tab (the
 * session is there). Data Center and unknown layouts use v2, which every Jira has; Cloud uses v3.
 */
export function handleIssueDataMessage(message: unknown, sender: Sender, sendResponse: (reply: IssueDataReply) => void): true | undefined {
  const request = requestSchema.safeParse(message);
  const tabId = sender.tab?.id;
  if (!request.success || tabId === undefined) return undefined;
  const { origin, contextPath, flavour, key } = request.data;
  const client = createJiraClient({
    origin,
    contextPath,
    flavour: flavour === 'cloud' ? 'cloud' : 'datacenter',
    fetch: createTabFetch(tabId),
  });
  client.getIssue(key).then(
    (issue) => sendResponse({ ok: true, issue }),
    (error: unknown) => {
      const { state } = toJiraRestError(error);
      sendResponse({ ok: false, kind: state.kind, message: { en: jiraErrorMessage(state, 'en'), pl: jiraErrorMessage(state, 'pl') } });
    },
  );
  return true;
}
