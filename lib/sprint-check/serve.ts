import { browser } from 'wxt/browser';
import { analyze } from '@/lib/analyzer';
import { createJiraClient } from '@/lib/jira-rest/client';
import { createTabFetch } from '@/lib/jira-rest/tab-fetch';
import { abortableFetch } from './abortable-fetch';
import { CHECK_CANCEL, CHECK_START, type StartReply, checkCancelSchema, checkStartSchema } from './protocol';
import { type CheckRunner, createCheckRunner } from './runner';
import { interruptStaleRuns, writeRun } from './run-store';

/** The background's runner: REST through the Jira tab the popup named, so requests carry the user's session. */
export function backgroundRunner(): CheckRunner {
  return createCheckRunner({
    createClient: ({ origin, contextPath, flavour, tabId }) =>
      createJiraClient({ origin, contextPath, flavour, fetch: abortableFetch(createTabFetch(tabId)) }),
    analyze,
    writeRun,
  });
}

type Reply = StartReply | { ok: true; cancelled: boolean };

/**
 * The `runtime.onMessage` listener for check messages. Answers through `sendResponse` and returns
 * true (the channel stays open); other messages are left to other listeners.
 */
export function createCheckMessageHandler(runner: CheckRunner) {
  return (message: unknown, _sender: unknown, sendResponse: (reply: Reply) => void): true | undefined => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (type === CHECK_START) {
      const request = checkStartSchema.safeParse(message);
      if (!request.success) {
        sendResponse({ ok: false, message: { en: 'The check request was not understood.', pl: 'Nie zrozumiano prośby o sprawdzenie.' } });
        return true;
      }
      void runner.start(request.data).then(sendResponse);
      return true;
    }
    if (type === CHECK_CANCEL) {
      const request = checkCancelSchema.safeParse(message);
      sendResponse({ ok: true, cancelled: request.success && runner.cancel(request.data.site) });
      return true;
    }
    return undefined;
  };
}

/** Background start: tidies runs a stopped background left "running", then answers the popup. */
export function startSprintCheck(): void {
  const tidied = interruptStaleRuns(Date.now()).catch((error: unknown) => console.warn('[sprint-check] could not tidy old runs', error));
  const runner = backgroundRunner();
  // A check started while the tidy-up runs must not be mistaken for a stale one.
  const afterTidy: CheckRunner = { ...runner, start: (request) => tidied.then(() => runner.start(request)) };
  browser.runtime.onMessage.addListener(createCheckMessageHandler(afterTidy));
}
