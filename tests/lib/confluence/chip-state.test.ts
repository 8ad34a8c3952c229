import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerKeyOf, chipStateOfRecord, readChipStates, watchChipStates } from '@/lib/confluence/chip-state';
import { answerStorageKey } from '@/lib/storage/answers';
import { emptyAnswer } from '@/lib/storage/answer-schema';

const ref = { site: 'https://acme.atlassian.net', key: 'SHOP-1' };
const answer = (patch: object) => ({ ...emptyAnswer(ref, 1), customer: ' Shoppers ', benefit: 'Pay in one step', ...patch });
const analysis = (verdict: 'clear' | 'unclear') => ({ verdict, score: 50, flags: [] });

describe('chip state', () => {
  it('uses the same storage key as the answers', () => {
    expect(answerKeyOf(ref.site, ref.key)).toBe(answerStorageKey(ref));
  });

  it.each([
    ['unchecked', undefined],
    ['unchecked', answer({})],
    ['clear', answer({ verdict: 'clear' })],
    ['unclear', answer({ verdict: 'unclear', analysis: analysis('clear') })], // the team wins
    ['unclear', answer({ analysis: analysis('unclear') })], // the analyzer while the team has not decided
    ['unchecked', { version: 2, site: 'x' }], // unreadable: no verdict, no crash
    ['unchecked', { version: 99 }], // a newer build's record
  ])('%s for %o', (state, raw) => {
    expect(chipStateOfRecord(raw).state).toBe(state);
  });

  it('carries the customer and benefit for the tooltip', () => {
    expect(chipStateOfRecord(answer({ verdict: 'clear' }))).toEqual({ state: 'clear', customer: 'Shoppers', benefit: 'Pay in one step' });
  });

  it('reads all keys in one go and follows changes to watched ones', async () => {
    const key = answerKeyOf(ref.site, ref.key);
    await fakeBrowser.storage.local.set({ [key]: answer({ verdict: 'clear' }) });
    const states = await readChipStates([key, answerKeyOf(ref.site, 'SHOP-9')]);
    expect([...states.values()].map((state) => state.state)).toEqual(['clear', 'unchecked']);
    const seen: string[] = [];
    const unwatch = watchChipStates((changed) => changed === key, (_, state) => seen.push(state.state));
    await fakeBrowser.storage.local.set({ [key]: answer({ verdict: 'unclear' }), other: 1 });
    unwatch();
    await fakeBrowser.storage.local.set({ [key]: answer({ verdict: 'clear' }) });
    expect(seen).toEqual(['unclear']);
  });
});
