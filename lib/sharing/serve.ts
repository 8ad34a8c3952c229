import { z } from 'zod';
import { createJiraClient } from '@/lib/jira-rest/client';
import { jiraErrorMessage, toJiraRestError } from '@/lib/jira-rest/errors';
import type { SharedBy } from '@/lib/jira-rest/shared-answer';
import { createTabFetch } from '@/lib/jira-rest/tab-fetch';
import { type AnswerStore, createAnswerStore } from '@/lib/storage/answer-store';
import { SHARING_MESSAGE, type SharingReply } from './protocol';
import { pullSharedAnswer, pushSharedAnswer, type SharingDeps } from './service';
import { getSiteSharing } from './site-sharing';

const requestSchema = z.object({
  type: z.literal(SHARING_MESSAGE),
  op: z.enum(['pull', 'push']),
  origin: z.url({ protocol: /^https?$/ }),
  contextPath: z.string().regex(/^(\/[\w.~-]+)*$/),
  flavour: z.enum(['cloud', 'datacenter', 'unknown']),
  key: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/),
});

interface Sender {
  tab?: { id?: number };
}

let answers: AnswerStore | null = null;
/** `GET /myself` once per site and background lifetime; a failure is asked again next time. */
const myselfBySite = new Map<string, Promise<SharedBy>>();

/**
 * Background side of team sharing. The site's choice is read here, from storage, not taken from the
 * message: whatever a page sends, nothing is written to Jira unless the user switched sharing on.
 */
export function handleSharingMessage(message: unknown, sender: Sender, sendResponse: (reply: SharingReply) => void): true | undefined {
  const request = requestSchema.safeParse(message);
  const tabId = sender.tab?.id;
  if (!request.success || tabId === undefined) return undefined;
  const { op, origin, contextPath, flavour, key } = request.data;
  const site = new URL(origin).origin + contextPath;
  const client = createJiraClient({ origin, contextPath, flavour: flavour === 'cloud' ? 'cloud' : 'datacenter', fetch: createTabFetch(tabId) });
  answers ??= createAnswerStore();
  const store = answers;
  const me = (): Promise<SharedBy> => {
    let cached = myselfBySite.get(site);
    if (!cached) {
      cached = client.getMyself();
      myselfBySite.set(site, cached);
      cached.catch(() => myselfBySite.delete(site));
    }
    return cached;
  };
  const run = async (): Promise<SharingReply> => {
    const deps: SharingDeps = { client, answers: store, choice: await getSiteSharing(site), me };
    const ref = { site, key };
    return { ok: true, ...(op === 'pull' ? await pullSharedAnswer(ref, deps) : await pushSharedAnswer(ref, deps)) };
  };
  run().then(sendResponse, (error: unknown) => {
    const { state } = toJiraRestError(error);
    sendResponse({ ok: false, op, kind: state.kind, message: { en: jiraErrorMessage(state, 'en'), pl: jiraErrorMessage(state, 'pl') } });
  });
  return true;
}

/** For tests: forget the cached users and the answer store between cases. */
export function resetSharingServiceForTests(): void {
  answers = null;
  myselfBySite.clear();
}
