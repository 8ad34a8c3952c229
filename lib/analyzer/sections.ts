import type { Context } from './context';

export type SectionKind = 'benefit' | 'customer' | 'evidence';

export interface Section {
  kind: SectionKind;
  /** Token range `[from, to)` of the section's content, heading excluded. */
  from: number;
  to: number;
}

// Headings teams put in descriptions. Matched as whole leading words of a sentence, followed by
// ":" (inline) or by nothing (a heading line; its content is the sentences that follow).
const HEADINGS: Record<SectionKind, string> = {
  benefit: `why | goal | goals | customer benefit | customer benefits | benefit | benefits |
    business value | value | user value | problem | problem statement | motivation | rationale |
    purpose | outcome | expected outcome | desired outcome | reason | cel | cele | korzyść |
    korzyści | korzyść dla klienta | korzyści dla klienta | wartość biznesowa | wartość |
    uzasadnienie | motywacja | po co | dlaczego | problem biznesowy`,
  customer: `customer | customers | who | persona | personas | target users | target audience |
    audience | stakeholder | stakeholders | for whom | klient | klienci | dla kogo | kto |
    odbiorca | odbiorcy | grupa docelowa`,
  evidence: `success metric | success metrics | success criteria | metric | metrics | kpi | kpis |
    how will we know | how we will know | evidence | measure of success | measures of success |
    definition of success | miara sukcesu | miary sukcesu | mierniki | metryka | metryki |
    wskaźnik | wskaźniki | wskaźnik sukcesu | jak poznamy | jak sprawdzimy | dowód |
    kryterium sukcesu | kryteria sukcesu`,
};

interface Heading {
  kind: SectionKind;
  words: string[];
}

const BY_FIRST_WORD = new Map<string, Heading[]>();
for (const kind of Object.keys(HEADINGS) as SectionKind[]) {
  for (const phrase of HEADINGS[kind].split('|')) {
    const words = phrase.trim().split(/\s+/);
    const list = BY_FIRST_WORD.get(words[0]!) ?? [];
    list.push({ kind, words });
    // Longest first, so "customer benefit" is not read as the customer heading "customer".
    list.sort((a, b) => b.words.length - a.words.length);
    BY_FIRST_WORD.set(words[0]!, list);
  }
}

const AFTER_HEADING = new Set([':', '?', '-', '–', '—']);
/** A heading line owns at most this many following sentences. */
const MAX_SECTION_SENTENCES = 3;

/** The heading a sentence starts with, and where its inline content starts (-1 if none). */
function headingAt(ctx: Context, from: number, to: number): { kind: SectionKind; content: number } | null {
  const candidates = BY_FIRST_WORD.get(ctx.tokens[from]!.w);
  if (!candidates) return null;
  for (const { kind, words } of candidates) {
    if (from + words.length > to) continue;
    if (!words.every((w, k) => ctx.tokens[from + k]!.w === w)) continue;
    let k = from + words.length;
    while (k < to && AFTER_HEADING.has(ctx.tokens[k]!.w)) k += 1;
    if (k === to) return { kind, content: -1 };
    if (k > from + words.length && ctx.tokens[from + words.length]!.w !== '-') return { kind, content: k };
  }
  return null;
}

export function findSections(ctx: Context): Section[] {
  const sections: Section[] = [];
  const { sentences } = ctx;
  for (let n = 0; n < sentences.length; n++) {
    const { from, to } = sentences[n]!;
    const heading = headingAt(ctx, from, to);
    if (!heading) continue;
    if (heading.content >= 0) {
      sections.push({ kind: heading.kind, from: heading.content, to });
      continue;
    }
    // A heading line: its content runs until the next heading or a few sentences on.
    let last = n;
    while (last + 1 < sentences.length && last - n < MAX_SECTION_SENTENCES) {
      const next = sentences[last + 1]!;
      if (headingAt(ctx, next.from, next.to)) break;
      last += 1;
    }
    if (last > n) sections.push({ kind: heading.kind, from: sentences[n + 1]!.from, to: sentences[last]!.to });
  }
  return sections;
}
