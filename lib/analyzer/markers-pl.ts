import type { Context } from './context';
import { PURPOSE_NOUNS, WANT_PL } from './lexicon';
import type { Marker, SentenceState } from './markers-en';

const PURPOSE_PL = new Set(['aby', 'żeby', 'abym', 'abyś', 'abyśmy', 'abyście', 'żebym', 'żebyś',
  'żebyśmy', 'żebyście', 'ażeby', 'iżby', 'by', 'bym', 'byśmy']);
const REASON_PL = new Set(['ponieważ', 'bo', 'gdyż', 'albowiem']);
const RESULT_VERBS_PL = new Set(['pozwoli', 'umożliwi', 'ułatwi', 'przyspieszy', 'pomoże',
  'zmniejszy', 'skróci', 'zwiększy', 'poprawi', 'ograniczy', 'zapobiegnie', 'pozwala',
  'umożliwia', 'ułatwia', 'pozwoliłoby', 'umożliwiłoby', 'ułatwiłoby']);
const THANKS_TO = new Set(['czemu', 'temu', 'którym', 'której', 'którei']);
// Wants whose "…, aby" clause is the want itself: "chcę, aby system …" (only "can" verbs excluded).
const WANT_HEADS = new Set([...WANT_PL].filter((v) => v !== 'mogę' && v !== 'możemy'));

function w(ctx: Context, i: number): string {
  return ctx.tokens[i]?.w ?? '';
}

/** "chcę, aby …", "chciałbym żeby …", "zależy mi, aby …": the conjunction introduces the want. */
function isWantComplement(ctx: Context, k: number): boolean {
  let j = k - 1;
  if (w(ctx, j) === ',') j -= 1;
  if (w(ctx, j) === 'tym' || w(ctx, j) === 'to') j -= 1;
  return WANT_HEADS.has(w(ctx, j)) || (w(ctx, j) === 'mi' && w(ctx, j - 1) === 'zależy');
}

export function markerPl(ctx: Context, k: number, state: SentenceState): Marker | null {
  const t = w(ctx, k);
  const next = w(ctx, k + 1);
  if (PURPOSE_PL.has(t)) {
    // Bare "by" is also a conditional particle ("mógłby by"); as a conjunction it follows a comma.
    if ((t === 'by' || t === 'bym' || t === 'byśmy') && w(ctx, k - 1) !== ',') return null;
    return isWantComplement(ctx, k) ? null : { at: k, clause: k + 1, kind: 'clause' };
  }
  if (t === 'celu' && w(ctx, k - 1) === 'w') return { at: k - 1, clause: k + 1, kind: 'clause' };
  if (t === 'dzięki' && THANKS_TO.has(next)) return { at: k, clause: k + 2, kind: 'result' };
  if (t === 'co' && RESULT_VERBS_PL.has(next)) return { at: k, clause: k + 1, kind: 'result' };
  if (RESULT_VERBS_PL.has(t) && next === 'to') return { at: k, clause: k, kind: 'result' };
  if (REASON_PL.has(t)) return state.proposal ? { at: k, clause: k + 1, kind: 'reason' } : null;
  if (t === 'dla' && PURPOSE_NOUNS.has(next)) return { at: k, clause: k + 1, kind: 'for' };
  if ((t === 'celem' || t === 'celu') && (next === 'jest' || w(ctx, k + 2) === 'jest')) {
    return { at: k, clause: next === 'jest' ? k + 2 : k + 3, kind: 'clause' };
  }
  return null;
}
