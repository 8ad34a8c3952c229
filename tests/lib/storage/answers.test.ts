import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Answer } from '@/lib/storage/answer-schema';
import { createAnswerStore } from '@/lib/storage/answer-store';
import { answerStorageKey, listAnswers, watchAnswer } from '@/lib/storage/answers';
import { countQuarantined, listQuarantine } from '@/lib/storage/quarantine';
import { answerV1 } from '../../fixtures/storage/answer/v1';
import { answerV2 } from '../../fixtures/storage/answer/v2';

const ref = { site: 'https://acme.atlassian.net', key: 'SHOP-42' };
const key = answerStorageKey(ref);

describe('answers in local storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves changed fields with their time and reads them back', async () => {
    const store = createAnswerStore();
    const saved = await store.save(ref, { customer: 'EU support agents' }, { summary: 'Refunds', now: 100 });
    expect(saved).toMatchObject({ version: 2, customer: 'EU support agents', summary: 'Refunds', fieldUpdatedAt: { customer: 100 } });
    expect(await store.get(ref)).toEqual(saved);
  });

  it('reads a v1 record as v2 without rewriting it', async () => {
    await fakeBrowser.storage.local.set({ [key]: answerV1 });
    expect(await createAnswerStore().get(ref)).toEqual(answerV2);
    expect((await fakeBrowser.storage.local.get(key))[key]).toEqual(answerV1);
  });

  it('moves a corrupt record to quarantine with its raw value and returns null', async () => {
    const corrupt = { ...answerV2, customer: 42 };
    await fakeBrowser.storage.local.set({ [key]: corrupt });
    expect(await createAnswerStore().get(ref)).toBeNull();
    expect((await fakeBrowser.storage.local.get(key))[key]).toBeUndefined();
    const [entry] = await listQuarantine();
    expect(entry).toMatchObject({ area: 'local', key, kind: 'invalid', raw: corrupt });
  });

  it('keeps a future-version record in place, counts it, and refuses to overwrite it', async () => {
    const future = { ...answerV2, version: 3, customer: 'from a newer build', extra: [1, 2] };
    await fakeBrowser.storage.local.set({ [key]: future });
    const store = createAnswerStore();
    expect(await store.get(ref)).toBeNull();
    await expect(store.save(ref, { customer: 'older build' })).rejects.toThrow(/newer version/);
    expect((await fakeBrowser.storage.local.get(key))[key]).toEqual(future);
    expect(await countQuarantined()).toBe(1);
    expect(await listAnswers()).toEqual([]);
  });

  it('quarantines the same bad record once, however often it is read', async () => {
    await fakeBrowser.storage.local.set({ [key]: { ...answerV2, version: 7 } });
    const store = createAnswerStore();
    await store.get(ref);
    await store.get(ref);
    await listAnswers();
    expect(await countQuarantined()).toBe(1);
  });

  it.each([
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['a record without version', { site: ref.site, key: ref.key }],
    ['a hand-edited record', { ...answerV2, verdict: 'maybe' }],
  ])('lists answers without crashing on %s', async (_name, raw) => {
    await fakeBrowser.storage.local.set({ [key]: raw, [answerStorageKey({ ...ref, key: 'SHOP-1' })]: { ...answerV2, key: 'SHOP-1' } });
    const answers = await listAnswers();
    expect(answers.map((a) => a.key)).toEqual(['SHOP-1']);
    expect(await countQuarantined()).toBe(1);
  });

  it('tells watchers about changes, and null for a record that cannot be read', async () => {
    const seen: (Answer | null)[] = [];
    const stop = watchAnswer(ref, (answer) => seen.push(answer));
    await createAnswerStore().save(ref, { benefit: 'Faster refunds' }, { now: 5 });
    await fakeBrowser.storage.local.set({ [key]: 'garbage' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen[0]?.benefit).toBe('Faster refunds');
    expect(seen.at(-1)).toBeNull();
  });

  it('does not write when nothing changed', async () => {
    const store = createAnswerStore();
    await store.save(ref, { note: 'x' }, { now: 1 });
    const again = await store.save(ref, { note: 'x' }, { now: 2 });
    expect(again.updatedAt).toBe(1);
  });
});
