import { type Context, sentenceAt, tokenSpan } from './context';
import {
  FUNCTION_WORDS, NOT_ROLES_EN, ROLE_FOLLOWERS_EN, VAGUE_ROLE_WORDS, WANT_PL, isGroupNoun,
} from './lexicon';
import type { Span } from './types';

export type CustomerKind = 'template' | 'section' | 'impact' | 'beneficiary';

export interface CustomerFinding {
  span: Span;
  kind: CustomerKind;
  /** Only "user", "someone", "the system" and the like. */
  vague: boolean;
}

const MAX_ROLE_TOKENS = 14;
/** How far after "As a buyer, …" the "I want" may come: "As a buyer, after checkout, I want". */
const MAX_ROLE_GAP = 25;
const ROLE_PUNCTUATION = new Set(['/', '-', '&', '(', ')', "'", '’', '.']);
const DETERMINERS = new Set(['a', 'an', 'the']);
const OPENERS = new Set([':', '(', '"', '“', '-', '–']);

export function isVagueRole(words: readonly string[]): boolean {
  return words.every((w) => VAGUE_ROLE_WORDS.has(w) || !/[\p{L}\p{N}]/u.test(w));
}

function finding(ctx: Context, from: number, to: number, kind: CustomerKind): CustomerFinding {
  const words = ctx.tokens.slice(from, to).map((t) => t.w);
  return { span: tokenSpan(ctx, from, to), kind, vague: isVagueRole(words) };
}

/** End (exclusive) of a role that starts at `from`, or -1 when the words there are no role. */
function roleEnd(ctx: Context, from: number, limit: number, stop: (w: string) => boolean): number {
  let k = from;
  while (k < limit && k - from < MAX_ROLE_TOKENS) {
    const t = ctx.tokens[k]!;
    if (t.w === ',' || (k > from && stop(t.w))) return k;
    if (!t.word && !ROLE_PUNCTUATION.has(t.w)) return -1;
    k += 1;
  }
  return k < limit ? k : -1;
}

function isFirstPerson(w: string): boolean {
  return w === 'i' || w === 'we' || w.startsWith("i'") || w.startsWith('i’') || w.startsWith("we'") || w.startsWith('we’');
}

function wantFollows(ctx: Context, from: number, to: number, words: ReadonlySet<string>): boolean {
  const limit = Math.min(to, from + MAX_ROLE_GAP);
  for (let k = from; k < limit; k++) {
    const w = ctx.tokens[k]!.w;
    // Only the first person counts: "…, it should …" is not the persona speaking.
    if (words.has(w) && (isFirstPerson(w) || !ROLE_FOLLOWERS_EN.has(w))) return true;
  }
  return false;
}

/** "As a returning shopper, I want …", "In order to …, as a buyer I want …", "As Patrick, I …". */
function templateEn(ctx: Context, i: number): CustomerFinding | null {
  const { tokens } = ctx;
  const sentence = sentenceAt(ctx, i);
  const initial = i === sentence.from || OPENERS.has(tokens[i - 1]?.w ?? '');
  let j = i + 1;
  const determined = DETERMINERS.has(tokens[j]?.w ?? '');
  if (determined) j += 1;
  else if (!initial) return null;
  const first = tokens[j];
  if (!first?.word || NOT_ROLES_EN.has(first.w)) return null;
  // "As mentioned, we …": a bare past participle is a phrase, not a persona.
  if (!determined && first.w.endsWith('ed')) return null;
  const end = roleEnd(ctx, j, sentence.to, (w) => ROLE_FOLLOWERS_EN.has(w));
  if (end < 0 || end === j) return null;
  const after = tokens[end]?.w === ',' ? end + 1 : end;
  const follower = tokens[after]?.w ?? '';
  // Mid-sentence, only "I"/"we" make it a persona: "…, as a superuser this should work" is not one.
  if (ROLE_FOLLOWERS_EN.has(follower) && (initial || isFirstPerson(follower))) return finding(ctx, j, end, 'template');
  // "As a user, if I log in early, I want …": an aside between the role and the want.
  if (!initial || after === end) return null;
  return wantFollows(ctx, after, sentence.to, ROLE_FOLLOWERS_EN) ? finding(ctx, j, end, 'template') : null;
}

/** "Jako kupujący chcę …", "Jako administrator, chciałbym …". */
function templatePl(ctx: Context, i: number): CustomerFinding | null {
  const sentence = sentenceAt(ctx, i);
  const end = roleEnd(ctx, i + 1, sentence.to, (w) => WANT_PL.has(w));
  if (end < 0 || end === i + 1) return null;
  const after = ctx.tokens[end]?.w === ',' ? end + 1 : end;
  if (WANT_PL.has(ctx.tokens[after]?.w ?? '')) return finding(ctx, i + 1, end, 'template');
  return after > end && wantFollows(ctx, after, sentence.to, WANT_PL) ? finding(ctx, i + 1, end, 'template') : null;
}

const IMPACT_EN = new Set(['cannot', "can't", 'can’t', "couldn't", 'couldn’t', 'unable', 'lose',
  'lost', 'loses', 'complain', 'complained', 'struggle', 'waste', "aren't"]);
const CONDITION_WORDS = new Set(['if', 'when', 'whether', 'unless', 'jeśli', 'jeżeli', 'gdy', 'kiedy']);
// "do not" is left out: "if the user does not specify …" is a condition, not a harm; and "is
// not" too: "the connection editor is not correct" describes a component, not people.
const IMPACT_EN_PAIRS: Record<string, ReadonlySet<string>> = {
  can: new Set(['not', 'no', 'never']),
  could: new Set(['not', 'no', 'never']),
  are: new Set(['unable', 'blocked', 'forced', 'confused', 'stuck', 'locked', 'charged']),
  have: new Set(['to']),
  has: new Set(['to']),
  had: new Set(['to']),
  get: new Set(['blocked', 'confused', 'stuck', 'locked', 'charged', 'logged']),
};
IMPACT_EN_PAIRS.is = IMPACT_EN_PAIRS.are!;
IMPACT_EN_PAIRS.were = IMPACT_EN_PAIRS.are!;
IMPACT_EN_PAIRS.was = IMPACT_EN_PAIRS.are!;
IMPACT_EN_PAIRS.gets = IMPACT_EN_PAIRS.get!;
const IMPACT_PL = new Set(['muszą', 'musi', 'tracą', 'traci', 'czekają', 'skarżą', 'stracili']);
const IMPACT_PL_NEG = new Set(['mogą', 'może', 'są', 'jest', 'widzą', 'widzi', 'potrafią', 'mają',
  'ma', 'otrzymują', 'dostają', 'mogli', 'mógł']);

function isImpactAt(ctx: Context, k: number): boolean {
  const a = ctx.tokens[k]?.w ?? '';
  const b = ctx.tokens[k + 1]?.w ?? '';
  if (ctx.lang === 'pl') return IMPACT_PL.has(a) || (a === 'nie' && IMPACT_PL_NEG.has(b));
  return IMPACT_EN.has(a) || (IMPACT_EN_PAIRS[a]?.has(b) ?? false);
}

// Polish adjectives follow the noun: "klienci biznesowi", "użytkownicy mobilni".
const PL_ADJECTIVE_ENDINGS = /(?:owi|owe|owa|owy|ni|ne|na|ny|scy|ski|ska|skie|cy|ący|ące|ąca)$/;

/** A group noun and the one or two modifiers around it: "OOTB users", "nowi klienci biznesowi". */
export function groupPhrase(ctx: Context, k: number, floor: number): CustomerFinding {
  let from = k;
  while (from > floor && k - from < 2) {
    const prev = ctx.tokens[from - 1]!;
    if (!prev.word || FUNCTION_WORDS.has(prev.w)) break;
    from -= 1;
  }
  let to = k + 1;
  while (ctx.lang === 'pl' && to < ctx.tokens.length && to - k <= 2) {
    const next = ctx.tokens[to]!;
    if (!next.word || FUNCTION_WORDS.has(next.w) || !PL_ADJECTIVE_ENDINGS.test(next.w)) break;
    to += 1;
  }
  return finding(ctx, from, to, 'beneficiary');
}

function afterCondition(ctx: Context, k: number, floor: number): boolean {
  for (let j = k - 1; j >= Math.max(floor, k - 4); j--) if (CONDITION_WORDS.has(ctx.tokens[j]!.w)) return true;
  return false;
}

/** Bug reports: "customers cannot pay", "klienci nie mogą zapłacić" name who is harmed. */
export function findImpact(ctx: Context): { customer: CustomerFinding; clauseEnd: number; at: number } | null {
  const pl = ctx.lang === 'pl';
  for (const sentence of ctx.sentences) {
    for (let k = sentence.from; k < sentence.to - 1; k++) {
      if (!isGroupNoun(ctx.tokens[k]!.w, pl) || !isImpactAt(ctx, k + 1)) continue;
      if (afterCondition(ctx, k, sentence.from)) continue;
      const customer = { ...groupPhrase(ctx, k, sentence.from), kind: 'impact' as const };
      return { customer, clauseEnd: sentence.to, at: customer.span.start };
    }
  }
  return null;
}

/** The role a user-story template names, first one wins; either language's template counts. */
export function findTemplateRole(ctx: Context): CustomerFinding | null {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.tokens[i]!.w;
    const found = w === 'as' ? templateEn(ctx, i) : w === 'jako' ? templatePl(ctx, i) : null;
    if (found) return found;
  }
  return null;
}

/** Who a benefit clause says gains: "so that support agents can …", "tak aby klienci mogli …". */
export function findBeneficiary(ctx: Context, from: number, to: number): CustomerFinding | null {
  const pl = ctx.lang === 'pl';
  for (let k = from; k < Math.min(to, from + 5); k++) {
    if (isGroupNoun(ctx.tokens[k]!.w, pl)) return groupPhrase(ctx, k, from);
  }
  return null;
}

/** A "Customer:" / "Dla kogo:" section. */
export function sectionCustomer(ctx: Context, from: number, to: number): CustomerFinding {
  return finding(ctx, from, Math.min(to, from + MAX_ROLE_TOKENS), 'section');
}
