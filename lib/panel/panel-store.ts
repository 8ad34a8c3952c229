import { batch, signal, type Signal } from '@preact/signals';
import type { IssueFields } from '@/lib/jira/dom-fields';
import { emptyFields } from '@/lib/jira/dom-fields';
import type { Answer, AnswerField, AnswerPatch, AnswerRef } from '@/lib/storage/answer-schema';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export interface Draft {
  customer: string;
  benefit: string;
  evidence: string;
  note: string;
  verdict: Answer['verdict'];
}

/** What the store needs from storage; injected so the store can be tested without a browser. */
export interface PanelStorage {
  getAnswer(ref: AnswerRef): Promise<Answer | null>;
  saveAnswer(ref: AnswerRef, patch: AnswerPatch, context: { summary?: string | null }): Promise<Answer>;
  watchAnswer(ref: AnswerRef, callback: (answer: Answer | null) => void): () => void;
}

export interface PanelStore {
  ref: AnswerRef;
  draft: Signal<Draft>;
  fields: Signal<IssueFields>;
  save: Signal<SaveState>;
  loaded: Signal<boolean>;
  edit(field: AnswerField, value: string | Answer['verdict']): void;
  setFields(fields: IssueFields): void;
  /** Writes what is typed now, without waiting for the pause. */
  flush(): Promise<void>;
  dispose(): void;
}

/** Typing pauses this long before a save: one write per pause, not per key. */
export const SAVE_DELAY_MS = 400;

const EMPTY_DRAFT: Draft = { customer: '', benefit: '', evidence: '', note: '', verdict: null };

function draftOf(answer: Answer | null): Draft {
  if (!answer) return EMPTY_DRAFT;
  const { customer, benefit, evidence, note, verdict } = answer;
  return { customer, benefit, evidence, note, verdict };
}

/** State of one issue's panel: the draft the team types, its saving, and the issue as the page shows it. */
export function createPanelStore(ref: AnswerRef, storage: PanelStorage): PanelStore {
  const draft = signal<Draft>(EMPTY_DRAFT);
  const fields = signal<IssueFields>(emptyFields());
  const save = signal<SaveState>({ kind: 'idle' });
  const loaded = signal(false);
  let pending: AnswerPatch = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (Object.keys(pending).length === 0) return;
    const patch = pending;
    pending = {};
    save.value = { kind: 'saving' };
    try {
      await storage.saveAnswer(ref, patch, { summary: fields.value.summary });
      if (!disposed && Object.keys(pending).length === 0) save.value = { kind: 'saved' };
    } catch (error) {
      pending = { ...patch, ...pending }; // keep the words; the next edit or flush retries
      save.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  function edit(field: AnswerField, value: string | Answer['verdict']): void {
    draft.value = { ...draft.value, [field]: value };
    pending = { ...pending, [field]: value };
    save.value = { kind: 'saving' };
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  /** Another tab or browser changed the answer: show it, but never over words not yet saved here. */
  function receive(answer: Answer | null): void {
    if (disposed) return;
    const incoming = draftOf(answer);
    const merged = { ...incoming };
    for (const field of Object.keys(pending) as (keyof Draft)[]) Object.assign(merged, { [field]: draft.value[field] });
    batch(() => {
      draft.value = merged;
      loaded.value = true;
    });
  }

  const unwatch = storage.watchAnswer(ref, receive);
  storage.getAnswer(ref).then(receive, (error: unknown) => {
    save.value = { kind: 'error', message: String(error) };
    loaded.value = true;
  });

  return {
    ref,
    draft,
    fields,
    save,
    loaded,
    edit,
    flush,
    setFields(next) {
      if (!sameFields(fields.value, next)) fields.value = next;
    },
    dispose() {
      void flush();
      disposed = true;
      unwatch();
    },
  };
}

function sameFields(a: IssueFields, b: IssueFields): boolean {
  return (
    a.summary === b.summary &&
    a.description === b.description &&
    a.issueType === b.issueType &&
    a.status === b.status &&
    a.labels.join('\n') === b.labels.join('\n')
  );
}
