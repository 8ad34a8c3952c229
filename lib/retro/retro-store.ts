import { batch, signal, type Signal } from '@preact/signals';
import type { SaveState } from '@/lib/panel/panel-store';
import type { RetroSession } from '@/lib/storage/retro-sessions';
import { type StartSessionInput, startSession } from './session';
import type { TicketShare, TicketShares } from './ticket-shares';

/** What the store needs from storage; injected so it can be tested without a browser. */
export interface RetroDeps {
  list(): Promise<RetroSession[]>;
  save(session: RetroSession): Promise<RetroSession>;
  remove(id: string): Promise<void>;
  watch(callback: (sessions: RetroSession[]) => void): () => void;
  getShares(): Promise<TicketShares>;
  saveShare(id: string, share: TicketShare): Promise<void>;
  removeShare(id: string): Promise<void>;
  now(): number;
  newId(): string;
}

export interface RetroStore {
  /** Saved sessions, newest first. */
  sessions: Signal<RetroSession[]>;
  shares: Signal<TicketShares>;
  /** The session being run, with edits not yet saved. */
  current: Signal<RetroSession | null>;
  save: Signal<SaveState>;
  start(input: Omit<StartSessionInput, 'id' | 'now'> & { tickets: TicketShare }): Promise<void>;
  open(id: string | null): void;
  /** Changes the open session; saved after a short pause, so fast tapping is one write. */
  edit(change: (session: RetroSession) => RetroSession): void;
  remove(id: string): Promise<void>;
  flush(): Promise<void>;
  dispose(): void;
}

export const RETRO_SAVE_DELAY_MS = 300;

export function createRetroStore(deps: RetroDeps): RetroStore {
  const sessions = signal<RetroSession[]>([]);
  const shares = signal<TicketShares>({});
  const current = signal<RetroSession | null>(null);
  const save = signal<SaveState>({ kind: 'idle' });
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function receive(list: RetroSession[]): void {
    batch(() => {
      sessions.value = list;
      const open = current.peek();
      // Another tab changed the open session: show it, unless edits here are still waiting.
      if (open && !pending) current.value = list.find((session) => session.id === open.id) ?? null;
    });
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    const session = current.peek();
    if (!pending || !session) return;
    pending = false;
    save.value = { kind: 'saving' };
    try {
      await deps.save(session);
      if (!pending) save.value = { kind: 'saved' };
    } catch (error) {
      pending = true;
      save.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  const unwatch = deps.watch(receive);
  void deps.list().then(receive);
  void deps.getShares().then((value) => (shares.value = value));

  return {
    sessions,
    shares,
    current,
    save,
    async start({ tickets, ...input }) {
      await flush();
      const session = startSession({ ...input, id: deps.newId(), now: deps.now() });
      current.value = session;
      shares.value = { ...shares.peek(), [session.id]: tickets };
      await Promise.all([deps.save(session), deps.saveShare(session.id, tickets)]);
      save.value = { kind: 'saved' };
    },
    open(id) {
      void flush();
      current.value = id === null ? null : (sessions.peek().find((session) => session.id === id) ?? null);
      save.value = { kind: 'idle' };
    },
    edit(change) {
      const session = current.peek();
      if (!session) return;
      current.value = { ...change(session), updatedAt: deps.now() };
      pending = true;
      save.value = { kind: 'saving' };
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), RETRO_SAVE_DELAY_MS);
    },
    async remove(id) {
      if (current.peek()?.id === id) {
        clearTimeout(timer);
        pending = false;
        current.value = null;
      }
      const { [id]: _removed, ...rest } = shares.peek();
      shares.value = rest;
      await Promise.all([deps.remove(id), deps.removeShare(id)]);
    },
    flush,
    dispose() {
      void flush();
      unwatch();
    },
  };
}
