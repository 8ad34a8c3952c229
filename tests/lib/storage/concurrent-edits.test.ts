import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Answer } from '@/lib/storage/answer-schema';
import { createAnswerStore } from '@/lib/storage/answer-store';
import { watchAnswer } from '@/lib/storage/answers';

const ref = { site: 'https://acme.atlassian.net', key: 'SHOP-42' };

/** Two panels (two tabs, or a panel and the popup): two stores over the same storage. */
describe('two contexts editing the same issue', () => {
  let clock = 1_000;
  const tick = (): number => ++clock;
  beforeEach(() => {
    fakeBrowser.reset();
    clock = 1_000;
  });

  it('keeps edits to different fields, even when the writes race', async () => {
    const tabA = createAnswerStore(tick);
    const tabB = createAnswerStore(tick);
    await Promise.all([tabA.save(ref, { customer: 'EU support agents' }), tabB.save(ref, { benefit: 'Refund in one step' })]);
    await tabA.flush();
    await tabB.flush();
    const answer = await tabA.get(ref);
    expect(answer).toMatchObject({ customer: 'EU support agents', benefit: 'Refund in one step' });
  });

  it('the later edit of the same field wins and the earlier one is the undo', async () => {
    const tabA = createAnswerStore(tick);
    const tabB = createAnswerStore(tick);
    await tabA.get(ref);
    await tabB.get(ref);
    await tabA.save(ref, { customer: 'Support agents' });
    await tabB.save(ref, { customer: 'Finance clerks' });
    const answer = await tabA.get(ref);
    expect(answer?.customer).toBe('Finance clerks');
    expect(answer?.undo).toMatchObject({ field: 'customer', value: 'Support agents' });

    const undone = await tabA.undo(ref);
    expect(undone?.customer).toBe('Support agents');
    expect(undone?.undo).toBeUndefined();
    expect(await tabB.undo(ref)).toBeNull(); // one step only
  });

  it('the later write wins even when the racing earlier one lands last', async () => {
    const tabA = createAnswerStore(() => 2_000);
    const tabB = createAnswerStore(() => 3_000);
    await Promise.all([tabB.save(ref, { customer: 'later' }), tabA.save(ref, { customer: 'earlier' })]);
    await tabA.flush();
    await tabB.flush();
    const answer = await tabA.get(ref);
    expect(answer?.customer).toBe('later');
    expect(answer?.undo?.value).toBe('earlier');
  });

  it('a context’s own successive edits make no undo', async () => {
    const tab = createAnswerStore(tick);
    await tab.get(ref);
    await tab.save(ref, { note: 'first' });
    await tab.save(ref, { note: 'second' });
    expect((await tab.get(ref))?.undo).toBeUndefined();
  });

  it('shows every change live in the other panel', async () => {
    const tabA = createAnswerStore(tick);
    const tabB = createAnswerStore(tick);
    const seenByB: (Answer | null)[] = [];
    const stop = watchAnswer(ref, (answer) => seenByB.push(answer));
    await tabA.save(ref, { customer: 'Agents' });
    await tabB.save(ref, { verdict: 'clear' });
    await tabA.save(ref, { evidence: 'Tickets halve' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seenByB.at(-1)).toMatchObject({ customer: 'Agents', verdict: 'clear', evidence: 'Tickets halve' });
  });
});
