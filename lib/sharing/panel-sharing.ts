import { batch, signal, type Signal } from '@preact/signals';
import type { IssueContext } from '@/lib/jira/issue-context';
import type { SharingOp, SharingReply } from './protocol';
import { requestSharing } from './request';
import type { ReplacedFields } from './shared-merge';
import { SHARING_OFF, getSiteSharing, setSiteSharing, watchSiteSharing, type SiteSharingChoice } from './site-sharing';

/** A save settles, then the answer goes to Jira after this pause: one PUT per pause in editing. */
export const SHARE_DELAY_MS = 2_000;

export type SharingStatus =
  | { kind: 'off' }
  | { kind: 'busy'; op: SharingOp }
  /** On, and Jira holds no answer yet (or none was read). */
  | { kind: 'idle' }
  | { kind: 'shared'; by: string; at: number }
  | { kind: 'error'; op: SharingOp; errorKind: string; message: { en: string; pl: string } };

export interface SharingStore {
  choice: Signal<SiteSharingChoice | null>;
  status: Signal<SharingStatus>;
  /** Jira's property held something that is not an answer: ignored. */
  invalid: Signal<boolean>;
  /** Local words Jira's newer answer replaced, until put back or edited. */
  replaced: Signal<ReplacedFields | null>;
  setShare(on: boolean): Promise<void>;
  setLabel(on: boolean): Promise<void>;
  /** Hands over the replaced words once (for "put mine back"), and forgets them. */
  takeReplaced(): ReplacedFields | null;
  /** The panel saved an edit: share it after the pause. */
  answerSaved(): void;
  /** Share now what waits for the pause (the page is being hidden). */
  flush(): void;
  dispose(): void;
}

export type AskBackground = (op: SharingOp, issue: IssueContext) => Promise<SharingReply>;

/** The panel's side of team sharing for one issue: the site's switch, and pull on open, push after saves. */
export function createSharingStore(issue: IssueContext, ask: AskBackground = requestSharing): SharingStore {
  const choice = signal<SiteSharingChoice | null>(null);
  const status = signal<SharingStatus>({ kind: 'off' });
  const invalid = signal(false);
  const replaced = signal<ReplacedFields | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let disposed = false;

  function apply(reply: SharingReply): void {
    if (disposed) return;
    batch(() => {
      if (!reply.ok) {
        status.value = { kind: 'error', op: reply.op, errorKind: reply.kind, message: reply.message };
        return;
      }
      if (reply.off) {
        status.value = { kind: 'off' };
        return;
      }
      invalid.value = reply.invalid === true;
      if (reply.replaced) replaced.value = { ...replaced.peek(), ...reply.replaced };
      status.value = reply.shared ? { kind: 'shared', ...reply.shared } : { kind: 'idle' };
    });
  }

  /** One request at a time; a save during a push asks for one more push after it. */
  function run(op: SharingOp): Promise<void> {
    if (running) {
      if (op === 'push') again = true;
      return running;
    }
    if (!disposed) status.value = { kind: 'busy', op };
    running = ask(op, issue)
      .then(apply)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void run('push');
        }
      });
    return running;
  }

  function onChoice(next: SiteSharingChoice): void {
    const wasOn = choice.peek()?.shareThroughJira === true;
    choice.value = next;
    if (!next.shareThroughJira) {
      clearTimeout(timer);
      timer = undefined;
      batch(() => {
        status.value = { kind: 'off' };
        invalid.value = false;
      });
    } else if (!wasOn) {
      // Push = pull, merge, and a PUT only when this browser has words the team lacks (e.g. a share
      // that a full-page navigation or a closed tab cut off): unchanged issues still cost one GET.
      void run('push');
    }
  }

  const unwatch = watchSiteSharing(issue.site, (next) => {
    if (!disposed) onChoice(next);
  });
  getSiteSharing(issue.site).then(
    (next) => !disposed && choice.peek() === null && onChoice(next),
    () => !disposed && onChoice(SHARING_OFF),
  );

  function pushNow(): void {
    clearTimeout(timer);
    timer = undefined;
    if (choice.peek()?.shareThroughJira) void run('push');
  }

  return {
    choice,
    status,
    invalid,
    replaced,
    async setShare(on) {
      const next = await setSiteSharing(issue.site, { shareThroughJira: on });
      choice.value = next;
      // Switching on shares what is already written; the watcher's pull would only read.
      if (on) await run('push');
    },
    async setLabel(on) {
      choice.value = await setSiteSharing(issue.site, { writeUnclearLabel: on });
      if (on) await run('push');
    },
    takeReplaced() {
      const words = replaced.peek();
      replaced.value = null;
      return words;
    },
    answerSaved() {
      if (!choice.peek()?.shareThroughJira) return;
      if (disposed) return pushNow();
      clearTimeout(timer);
      timer = setTimeout(pushNow, SHARE_DELAY_MS);
    },
    flush() {
      if (timer !== undefined) pushNow();
    },
    dispose() {
      if (timer !== undefined) pushNow();
      disposed = true;
      unwatch();
    },
  };
}
