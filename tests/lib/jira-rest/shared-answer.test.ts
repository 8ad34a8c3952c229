// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JiraRestError } from '@/lib/jira-rest/errors';
import {
  PROPERTY_VALUE_MAX_CHARS,
  readSharedAnswer,
  serializeSharedAnswer,
  type SharedAnswer,
} from '@/lib/jira-rest/shared-answer';

const ANSWER: SharedAnswer = {
  version: 1,
  customer: 'Support agents',
  benefit: 'Answer in 2 minutes',
  evidence: 'Median first response time',
  verdict: null,
  note: '',
  updatedAt: 1_764_806_400_000,
};

describe('readSharedAnswer', () => {
  it.each<[string, Record<string, unknown> | undefined, string]>([
    ['no properties', undefined, 'none'],
    ['other properties only', { other: 1 }, 'none'],
    ['a valid answer', { 'customer-benefit-check': ANSWER }, 'valid'],
    ['a DC user', { 'customer-benefit-check': { ...ANSWER, sharedBy: { name: 'mia', displayName: 'Mia' } } }, 'valid'],
    ['a bare string (jira-ruby fixture shape)', { 'customer-benefit-check': 'supercalifragilistic' }, 'invalid'],
    ['a newer version', { 'customer-benefit-check': { ...ANSWER, version: 2 } }, 'invalid'],
    ['an unknown verdict', { 'customer-benefit-check': { ...ANSWER, verdict: 'maybe' } }, 'invalid'],
    ['a field over 2000 characters', { 'customer-benefit-check': { ...ANSWER, note: 'x'.repeat(2_001) } }, 'invalid'],
    ['sharedBy without a name', { 'customer-benefit-check': { ...ANSWER, sharedBy: { accountId: 'a' } } }, 'invalid'],
    ['null', { 'customer-benefit-check': null }, 'invalid'],
  ])('%s → %s', (_name, properties, status) => {
    expect(readSharedAnswer(properties).status).toBe(status);
  });

  it('drops unknown keys someone else added', () => {
    const read = readSharedAnswer({ 'customer-benefit-check': { ...ANSWER, script: '<img onerror=alert(1)>' } });
    expect(read).toEqual({ status: 'valid', answer: ANSWER });
  });
});

describe('serializeSharedAnswer', () => {
  /** An answer whose JSON is exactly `length` characters: control characters serialise as 6 (`\u0001`). */
  function answerOfLength(length: number): SharedAnswer {
    const base = JSON.stringify({ ...ANSWER, note: '', customer: '', benefit: '', evidence: '' }).length;
    const need = length - base;
    let escapes = Math.floor(need / 6);
    const answer = { ...ANSWER, evidence: 'x'.repeat(need % 6) };
    for (const field of ['note', 'customer', 'benefit'] as const) {
      const take = Math.min(escapes, 2_000);
      answer[field] = '\u0001'.repeat(take);
      escapes -= take;
    }
    expect(escapes).toBe(0);
    return answer;
  }

  it('accepts exactly 32768 characters', () => {
    expect(serializeSharedAnswer(answerOfLength(PROPERTY_VALUE_MAX_CHARS))).toHaveLength(32_768);
  });

  it('refuses 32769 characters with a too-large state', () => {
    const error = (() => {
      try {
        serializeSharedAnswer(answerOfLength(PROPERTY_VALUE_MAX_CHARS + 1));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(JiraRestError);
    expect((error as JiraRestError).state).toEqual({ kind: 'too-large', size: 32_769, limit: 32_768 });
  });
});
