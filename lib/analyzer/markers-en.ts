import type { Context } from './context';
import type { Sentence } from './tokens';
import { INFINITIVE_HEADS_EN, PURPOSE_NOUNS, PURPOSE_VERBS_EN, isGroupNoun } from './lexicon';

/** A purpose marker at a token: the clause it opens starts at `clause`. */
export interface Marker {
  at: number;
  clause: number;
  kind: 'clause' | 'infinitive' | 'reason' | 'for' | 'result';
}

/** What a sentence already tells the markers. */
export interface SentenceState {
  sentence: Sentence;
  /** Index of the first want verb, or -1. */
  want: number;
  /** The sentence asks for something (want, should, need…) or the text is a user story. */
  proposal: boolean;
}

const SO_SUBJECTS = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'it', "it's", 'it’s', 'this', 'these', 'those', 'there',
  'my', 'our', 'your', 'their', 'his', 'her', 'its', 'the', 'when', 'if', 'nobody', 'no', 'one',
  'everyone', 'anyone', 'people', 'i’m', "i'm", "we're", 'we’re', "i'll", "we'll", 'all',
]);
// "and so on", "do so", "not so", "even so", "is so slow": "so" that opens no purpose clause.
const SO_BLOCKERS = new Set(['and', 'or', 'do', 'doing', 'done', 'even', 'not', 'is', 'are',
  'was', 'were', 'be', 'been', 'think', 'hope', 'only', 'just', 'ever', 'say', 'said']);
const RESULT_VERBS = new Set(['allow', 'enable', 'help', 'make', 'improve', 'reduce', 'save',
  'prevent', 'let', 'give', 'ensure', 'speed', 'simplify', 'increase', 'decrease', 'avoid']);
const RESULT_VERBS_S = new Set(['allows', 'enables', 'helps', 'lets', 'improves', 'reduces',
  'saves', 'prevents', 'gives', 'ensures', 'simplifies', 'increases', 'decreases', 'avoids']);
const RESULT_ING = new Set(['enabling', 'allowing', 'helping', 'making', 'letting', 'saving',
  'reducing', 'avoiding', 'preventing', 'ensuring']);
const MODALS = new Set(['will', 'would', 'should', 'could', 'can', "'ll", 'might']);
// "that" is left out: "a platform that allows me to …" describes the feature, not its result.
const SUBJECTS_OF_RESULT = new Set(['which', 'this', 'it']);
// Verbs that in "Update X to allow Y" describe what X will be able to do, not why.
const CAPABILITY_VERBS = new Set(['allow', 'allows', 'enable', 'enables', 'support', 'let', 'permit']);
// "…we can get a good performance improvement by switching": a gain stated as a result.
const GAIN_NOUNS = new Set(['improvement', 'improvements', 'speedup', 'savings', 'gain', 'gains', 'boost']);
const GAIN_MODALS = new Set(['can', 'could', 'will', 'would', "'ll"]);
const INDEFINITE_OBJECTS = new Set(['to', 'a', 'an', 'some', 'more']);
const CHECK_VERBS = new Set(['see', 'check', 'verify', 'find', 'test']);
// "…notified if my classpath is stale because …": the reason belongs to the condition.
const CONDITIONS = new Set(['if', 'when', 'whether', 'why', 'that', 'unless']);
const NOT_AFTER_ING = new Set(['by', 'for', 'of', 'about', 'the', 'on', 'in', 'without', 'from',
  'is', 'are', 'be', 'was', 'were', 'start', 'stop', 'keep', 'avoid', 'still', 'while', 'not', 'also']);
const GOAL_NOUNS = new Set(['goal', 'purpose', 'aim', 'idea', 'intent', 'intention', 'objective',
  'benefit', 'point']);
const COMPARATIVES = new Set(['better', 'easier', 'faster', 'quicker', 'improved', 'simpler',
  'more', 'clearer', 'safer', 'cheaper', 'easy', 'quick']);
const MAKE_OBJECTS = new Set(['sure', 'easier', 'faster', 'simpler', 'possible', 'better',
  'clearer', 'safer', 'quicker']);

function w(ctx: Context, i: number): string {
  return ctx.tokens[i]?.w ?? '';
}

/** "to VERB" after the want that says why, not what: "…, to determine which snippets …". */
function purposeInfinitive(ctx: Context, k: number, state: SentenceState): boolean {
  const verb = w(ctx, k + 1);
  let purpose = PURPOSE_VERBS_EN.has(verb);
  if (verb === 'make') {
    for (let j = k + 2; j < k + 6; j++) if (MAKE_OBJECTS.has(w(ctx, j))) purpose = true;
  }
  // "Re-enable the tab to see if it still works".
  if (CHECK_VERBS.has(verb) && (w(ctx, k + 2) === 'if' || w(ctx, k + 2) === 'whether')) purpose = true;
  if (!purpose) return false;
  const prev = w(ctx, k - 1);
  if (INFINITIVE_HEADS_EN.has(prev)) return false;
  if (k === state.sentence.from) return true;
  if (state.want < 0 && CAPABILITY_VERBS.has(verb)) return false;
  // "I want the system to allow …": the first "to" after the want, with no comma, is the want.
  if (state.want >= 0 && k > state.want) {
    for (let j = state.want + 1; j < k; j++) {
      const t = w(ctx, j);
      if (t === ',' || (t === 'to' && j > state.want + 1)) return true;
    }
    // "…to improve …" after "I want to export …" or after "I want a report" (a thing, not an
    // agent that should do something) says why.
    return INDEFINITE_OBJECTS.has(w(ctx, state.want + 1)) || w(ctx, state.want + 1) === 'be';
  }
  return true;
}

function inCondition(ctx: Context, k: number, state: SentenceState): boolean {
  const floor = Math.max(state.want + 1, state.sentence.from, k - 40);
  for (let j = k - 1; j >= floor; j--) if (CONDITIONS.has(w(ctx, j))) return true;
  return false;
}

export function markerEn(ctx: Context, k: number, state: SentenceState): Marker | null {
  const t = w(ctx, k);
  const next = w(ctx, k + 1);
  switch (t) {
    case 'so':
      if (next === 'that') return { at: k, clause: k + 2, kind: 'clause' };
      if (next === 'as' && w(ctx, k + 2) === 'to') return { at: k, clause: k + 3, kind: 'clause' };
      if (SO_BLOCKERS.has(w(ctx, k - 1))) return null;
      if (SO_SUBJECTS.has(next) || isGroupNoun(next, false)) return { at: k, clause: k + 1, kind: 'clause' };
      return null;
    case 'order':
      if (w(ctx, k - 1) !== 'in') return null;
      if (next === 'to' || next === 'for' || next === 'that') return { at: k - 1, clause: k + 2, kind: 'clause' };
      return null;
    case 'because':
      return state.proposal && next !== 'of' && !inCondition(ctx, k, state) ? { at: k, clause: k + 1, kind: 'reason' } : null;
    case 'since':
      return state.proposal && SO_SUBJECTS.has(next) ? { at: k, clause: k + 1, kind: 'reason' } : null;
    case 'to':
      return purposeInfinitive(ctx, k, state) ? { at: k, clause: k + 1, kind: 'infinitive' } : null;
    case 'for':
      if (PURPOSE_NOUNS.has(next) || COMPARATIVES.has(next)) return { at: k, clause: k + 1, kind: 'for' };
      return null;
    case ',':
      return RESULT_ING.has(next) ? { at: k + 1, clause: k + 1, kind: 'result' } : null;
    case 'such':
      return next === 'that' ? { at: k, clause: k + 2, kind: 'clause' } : null;
    default:
      break;
  }
  // "…to be selected enabling quick update": a participle after the want's object.
  if (RESULT_ING.has(t) && state.want >= 0 && k > state.want + 2) {
    const prev = ctx.tokens[k - 1];
    if (prev?.word && !NOT_AFTER_ING.has(prev.w)) return { at: k, clause: k, kind: 'result' };
  }
  if (SUBJECTS_OF_RESULT.has(t) && (t !== 'which' || w(ctx, k - 1) === ',')) {
    if (RESULT_VERBS_S.has(next)) return { at: k, clause: k + 1, kind: 'result' };
    if (MODALS.has(next) && RESULT_VERBS.has(w(ctx, k + 2))) return { at: k, clause: k + 2, kind: 'result' };
  }
  if (GAIN_NOUNS.has(t)) {
    for (let j = k - 1; j >= Math.max(state.sentence.from, k - 8); j--) {
      if (GAIN_MODALS.has(w(ctx, j))) return { at: j, clause: Math.max(state.sentence.from, j - 1), kind: 'result' };
    }
  }
  // "The goal is to …", "the purpose of this is …".
  if (GOAL_NOUNS.has(t) && (w(ctx, k - 1) === 'the' || w(ctx, k - 1) === 'our') && next === 'is') {
    return { at: k - 1, clause: w(ctx, k + 2) === 'to' ? k + 3 : k + 2, kind: 'clause' };
  }
  return null;
}
