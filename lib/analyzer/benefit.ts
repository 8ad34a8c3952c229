import { type Context, tokenSpan } from './context';
import { WANT_EN, WANT_PL } from './lexicon';
import { type Marker, type SentenceState, markerEn } from './markers-en';
import { markerPl } from './markers-pl';
import type { Section } from './sections';
import type { Span } from './types';

export type BenefitKind = Marker['kind'] | 'section' | 'impact';

export interface BenefitFinding {
  span: Span;
  kind: BenefitKind;
  /** Token range of the benefit clause. */
  from: number;
  to: number;
  /** Token range of what the customer wants, to tell a benefit from a restated feature. */
  want: { from: number; to: number } | null;
}

/** A benefit clause longer than this is cut: the rest is usually the next requirement. */
const MAX_CLAUSE_TOKENS = 40;
/** Purpose markers examined per text; enough for any real ticket, bounded for hostile ones. */
const MAX_MARKERS = 64;
// Ranked: a "so that" clause beats an infinitive, which beats a reason or a bug's harm.
const RANK: Record<BenefitKind, number> = {
  section: 0, clause: 1, infinitive: 2, result: 2, reason: 3, for: 4, impact: 5,
};
const PROPOSAL_WORDS = new Set(['should', 'must', 'need', 'needs', 'would', 'could', "let's",
  'let’s', 'please', 'propose', 'suggest', 'powinien', 'powinno', 'powinna', 'powinniśmy',
  'należy', 'trzeba', 'warto', 'proszę', 'musimy', 'musi']);
const WANT_SKIP = new Set(['to', 'be', 'able', 'móc', 'mieć', 'możliwość', ',']);

function isWant(ctx: Context, i: number): boolean {
  const w = ctx.tokens[i]!.w;
  if (WANT_PL.has(w) && w !== 'mogę' && w !== 'możemy') return true;
  if (!WANT_EN.has(w)) return w === 'able' && ctx.tokens[i - 1]?.w !== 'be';
  // "like"/"love" ask for something only after "would" or "I'd": "like other tools" does not.
  if (w !== 'like' && w !== 'love') return true;
  const prev = ctx.tokens[i - 1]?.w ?? '';
  return prev === 'would' || prev.endsWith("'d") || prev.endsWith('’d');
}

function clauseEnd(ctx: Context, clause: number, sentenceEnd: number): number {
  let end = Math.min(sentenceEnd, clause + MAX_CLAUSE_TOKENS);
  while (end > clause && !ctx.tokens[end - 1]!.word) end -= 1;
  return end;
}

/**
 * A purpose clause at the start of a sentence ends at its comma: "In order to cut returns, as a
 * buyer I want …", "Aby skrócić czas, przenieśmy …". Elsewhere the clause runs to the sentence end.
 */
function fronted(ctx: Context, marker: Marker, sentence: { from: number; to: number }): number {
  if (marker.at > sentence.from + 1) return sentence.to;
  for (let k = marker.clause; k < Math.min(sentence.to, marker.clause + MAX_CLAUSE_TOKENS); k++) {
    if (ctx.tokens[k]!.w === ',') return k;
  }
  return sentence.to;
}

function wantRange(ctx: Context, want: number, until: number): { from: number; to: number } | null {
  if (want < 0) return null;
  let from = want + 1;
  while (from < until && WANT_SKIP.has(ctx.tokens[from]!.w)) from += 1;
  return from < until ? { from, to: until } : null;
}

/** Every purpose clause in the text, best first (by rank, then position). */
export function findBenefits(ctx: Context, sections: readonly Section[], isStory: boolean): BenefitFinding[] {
  const found: BenefitFinding[] = [];
  for (const s of sections) {
    if (s.kind === 'benefit' && s.to > s.from) {
      found.push({ span: tokenSpan(ctx, s.from, s.to), kind: 'section', from: s.from, to: s.to, want: null });
    }
  }
  let markers = 0;
  for (const sentence of ctx.sentences) {
    if (markers >= MAX_MARKERS) break;
    let want = -1;
    let proposal = isStory;
    for (let i = sentence.from; i < sentence.to; i++) {
      if (want < 0 && isWant(ctx, i)) want = i;
      if (PROPOSAL_WORDS.has(ctx.tokens[i]!.w)) proposal = true;
    }
    const state: SentenceState = { sentence, want, proposal: proposal || want >= 0 };
    for (let k = sentence.from; k < sentence.to && markers < MAX_MARKERS; k++) {
      const marker = markerEn(ctx, k, state) ?? markerPl(ctx, k, state);
      if (!marker) continue;
      markers += 1;
      const to = clauseEnd(ctx, marker.clause, fronted(ctx, marker, sentence));
      if (to <= marker.clause) continue;
      const wanted = wantRange(ctx, want, want >= 0 && want < marker.at ? marker.at : sentence.to);
      found.push({ span: tokenSpan(ctx, marker.clause, to), kind: marker.kind, from: marker.clause, to, want: wanted });
    }
  }
  return found.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.from - b.from);
}

/** A bug's stated harm ("customers cannot pay") as its benefit: fixing it removes the harm. */
export function impactBenefit(ctx: Context, at: number, sentenceEnd: number): BenefitFinding {
  const from = ctx.tokens.findIndex((t) => t.s === at);
  const to = clauseEnd(ctx, from, sentenceEnd);
  return { span: tokenSpan(ctx, from, to), kind: 'impact', from, to, want: null };
}
