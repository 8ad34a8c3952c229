import { browser } from 'wxt/browser';
import type { CheckContext } from './check-context';
import { type SprintCheckStore, cancelMessage, createSprintCheckStore } from './check-store';
import { type StartReply, startReplySchema } from './protocol';
import { watchRun } from './run-store';

const NO_ANSWER: StartReply = {
  ok: false,
  message: { en: 'The extension could not start the check. Reload the Jira tab and try again.', pl: 'Rozszerzenie nie mogło rozpocząć sprawdzania. Odśwież kartę Jiry i spróbuj ponownie.' },
};

/** The popup's sprint check, wired to the background (messages) and to session storage (progress). */
export function createPopupSprintCheck(context: CheckContext): SprintCheckStore {
  return createSprintCheckStore(context, {
    async start(request) {
      try {
        const parsed = startReplySchema.safeParse(await browser.runtime.sendMessage(request));
        return parsed.success ? parsed.data : NO_ANSWER;
      } catch {
        return NO_ANSWER; // the background is being updated or restarted
      }
    },
    async cancel(site) {
      await browser.runtime.sendMessage(cancelMessage(site)).catch(() => undefined);
    },
    watchRun,
  });
}
