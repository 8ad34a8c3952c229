import { batch, computed, type ReadonlySignal, signal, type Signal } from '@preact/signals';
import type { IssueFields } from '@/lib/jira/dom-fields';
import { emptyFields } from '@/lib/jira/dom-fields';
import type { Analysis } from '@/lib/analyzer';
import type { IssueDataReply } from '@/lib/issue-data/protocol';
import { toWriteError } from '@/lib/storage/storage-errors';
import type { SharingStore } from '@/lib/sharing/panel-sharing';
import type { AnalysisSummary, Answer, AnswerField, AnswerPatch, AnswerRef } from '@/lib/storage/answer-schema';
import { type Analyze, createLiveAnalysis } from './live-analysis';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** Where the issue text comes from: Jira's REST API (exact), or the page, with the reason when REST failed. */
export type TextSource = { kind: 'loading' } | { kind: 'rest' } | { kind: 'page'; reason?: { en: string; pl: string } };

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
  saveAnswer(ref: AnswerRef, patch: AnswerPatch, context: { summary?: string | null; analysis?: AnalysisSummary }): Promise<Answer>;
  watchAnswer(ref: AnswerRef, callback: (answer: Answer | null) => void): () => void;
}

export interface PanelStore {
  ref: AnswerRef;
  draft: Signal<Draft>;
  /** The issue as the panel knows it: from REST when Jira answered, else from the page. */
  fields: ReadonlySignal<IssueFields>;
  source: Signal<TextSource>;
  save: Signal<SaveState>;
  loaded: Signal<boolean>;
  /** The analyzer's judgement of the issue and the answers, following both as they change. */
  analysis: Signal<Analysis | null>;
  /** Team sharing through Jira (lib/sharing), when the panel offers it. */
  sharing: SharingStore | null;
  edit(field: AnswerField, value: string | Answer['verdict']): void;
  /** What the page shows of the issue (read on every render of Jira's). */
  setFields(fields: IssueFields): void;
  setRestResult(reply: IssueDataReply): void;
  /** Fills the empty prompts with what the ticket already says (the analyzer's suggestion). */
  applySuggestion(): void;
  /** Writes what is typed now, without waiting for the pause. */
  flush(): Promise<void>;
  /** What is typed but not yet handed to storage (the 400 ms pause). */
  pendingPatch(): AnswerPatch;
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
export function createPanelStore(ref: AnswerRef, storage: PanelStorage, analyze: Analyze, sharing: SharingStore | null = null): PanelStore {
  const draft = signal<Draft>(EMPTY_DRAFT);
  const pageFields = signal<IssueFields>(emptyFields());
  const restFields = signal<IssueFields | null>(null);
  const source = signal<TextSource>({ kind: 'loading' });
  const fields = computed(() => restFields.value ?? pageFields.value);
  const save = signal<SaveState>({ kind: 'idle' });
  const loaded = signal(false);
  const live = createLiveAnalysis(fields, draft, analyze);
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
      await storage.saveAnswer(ref, patch, { summary: fields.value.summary, analysis: summarize(live.analysis.peek()) });
      if (!disposed && Object.keys(pending).length === 0) save.value = { kind: 'saved' };
      sharing?.answerSaved();
    } catch (error) {
      pending = { ...patch, ...pending }; // keep the words; the next edit or flush retries
      save.value = { kind: 'error', message: toWriteError(error).message };
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
    save.value = { kind: 'error', message: toWriteError(error).message }; // in the interface language, not the browser's raw text
    loaded.value = true;
  });

  return {
    ref,
    draft,
    fields,
    source,
    save,
    loaded,
    analysis: live.analysis,
    sharing,
    edit,
    flush,
    pendingPatch: () => ({ ...pending }),
    applySuggestion() {
      const suggestion = live.analysis.peek()?.suggestion ?? {};
      for (const field of ['customer', 'benefit', 'evidence'] as const) {
        const text = suggestion[field];
        if (text && !draft.peek()[field].trim()) edit(field, text);
      }
    },
    setFields(next) {
      if (!sameFields(pageFields.peek(), next)) pageFields.value = next;
    },
    setRestResult(reply) {
      if (disposed) return;
      batch(() => {
        if (reply.ok) {
          const { summary, descriptionText, issueType, status, labels } = reply.issue;
          restFields.value = { summary, description: descriptionText || null, issueType, status, labels };
          source.value = { kind: 'rest' };
        } else {
          source.value = { kind: 'page', reason: reply.message };
        }
      });
    },
    dispose() {
      void flush();
      disposed = true;
      unwatch();
      live.dispose();
      sharing?.dispose();
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

function summarize(analysis: Analysis | null): AnalysisSummary | undefined {
  if (!analysis) return undefined;
  return { verdict: analysis.verdict, score: analysis.score, flags: analysis.flags.map((flag) => flag.code) };
}
