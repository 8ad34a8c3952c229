import { type Answer, type AnswerRef, emptyAnswer } from '@/lib/storage/answer-schema';
import { answerStorageKey } from '@/lib/storage/answers';
import { ENGLISH_WORDS } from '../../fixtures/storage/english-words';

/** Deterministic English-like text of about `length` characters (mulberry32 picks the words). */
export function prose(seed: number, length: number): string {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  let out = '';
  while (out.length < length) out += (out ? ' ' : '') + ENGLISH_WORDS[Math.floor(random() * ENGLISH_WORDS.length)];
  return out.slice(0, length);
}

/** A typical answer as issue 4 sizes it: customer 30, benefit 140, evidence 60, note 40, summary 70. */
export function typicalAnswer(i: number, updatedAt: number, site = 'https://acme.atlassian.net'): Answer {
  const ref: AnswerRef = { site, key: `SHOP-${1000 + i}` };
  const at = updatedAt;
  return {
    ...emptyAnswer(ref, at - 60_000),
    summary: prose(i * 8 + 0, 70),
    customer: prose(i * 8 + 1, 30),
    benefit: prose(i * 8 + 2, 140),
    evidence: prose(i * 8 + 3, 60),
    note: prose(i * 8 + 4, 40),
    verdict: i % 3 === 0 ? 'unclear' : 'clear',
    analysis: { verdict: 'clear', score: 0.75, flags: ['evidence-vague'] },
    updatedAt: at,
    fieldUpdatedAt: { customer: at - 50_000, benefit: at - 20_000, evidence: at - 5_000, note: at, verdict: at },
  };
}

export function asLocalItems(answers: Answer[]): Record<string, Answer> {
  return Object.fromEntries(answers.map((a) => [answerStorageKey(a), a]));
}
