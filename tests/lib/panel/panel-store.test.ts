import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPanelStore, SAVE_DELAY_MS } from '@/lib/panel/panel-store';
import { analyze } from '@/lib/analyzer';
import { getAnswer, saveAnswer, watchAnswer } from '@/lib/storage/answers';
import { STORAGE_MESSAGES } from '@/lib/storage/storage-errors';

const analyzeNow = async (input: Parameters<typeof analyze>[0]) => analyze(input);

const REF = { site: 'https://acme.atlassian.net', key: 'SHOP-1' };
const storage = { getAnswer, saveAnswer, watchAnswer };

describe('createPanelStore', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('saves once per pause in typing, with the issue summary', async () => {
    const save = vi.fn(saveAnswer);
    const store = createPanelStore(REF, { ...storage, saveAnswer: save }, analyzeNow);
    store.setFields({ summary: 'Save a card', description: null, issueType: null, status: null, labels: [] });
    store.edit('customer', 'R');
    store.edit('customer', 'Returning shoppers');
    store.edit('benefit', 'Pay in one step');
    expect(store.save.value.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![1]).toEqual({ customer: 'Returning shoppers', benefit: 'Pay in one step' });
    expect(store.save.value.kind).toBe('saved');
    expect(await getAnswer(REF)).toMatchObject({ customer: 'Returning shoppers', benefit: 'Pay in one step', summary: 'Save a card' });
    store.dispose();
  });

  it('loads the saved answer', async () => {
    await saveAnswer(REF, { customer: 'Finance admins', verdict: 'unclear' });
    const store = createPanelStore(REF, storage, analyzeNow);
    await vi.waitFor(() => expect(store.loaded.value).toBe(true));
    expect(store.draft.value).toMatchObject({ customer: 'Finance admins', verdict: 'unclear' });
    store.dispose();
  });

  it('shows changes from another tab, but not over words typed here and not yet saved', async () => {
    const store = createPanelStore(REF, storage, analyzeNow);
    await vi.waitFor(() => expect(store.loaded.value).toBe(true));
    store.edit('benefit', 'typed here');
    await saveAnswer(REF, { customer: 'from the other tab', benefit: 'other tab benefit' });
    await vi.waitFor(() => expect(store.draft.value.customer).toBe('from the other tab'));
    expect(store.draft.value.benefit).toBe('typed here');
    store.dispose();
  });

  it('keeps the words and says why when saving fails, and retries on the next flush', async () => {
    let fail = true;
    const store = createPanelStore(
      REF,
      {
        ...storage,
        saveAnswer: async (...args) => {
          if (fail) throw new Error('QUOTA_BYTES quota exceeded');
          return saveAnswer(...args);
        },
      },
      analyzeNow,
    );
    store.edit('note', 'important');
    await store.flush();
    // The browser's raw "QUOTA_BYTES quota exceeded" becomes a sentence in the interface language.
    expect(store.save.value).toEqual({ kind: 'error', message: STORAGE_MESSAGES.localFull });
    expect(store.draft.value.note).toBe('important');
    fail = false;
    await store.flush();
    expect(store.save.value.kind).toBe('saved');
    expect((await getAnswer(REF))?.note).toBe('important');
    store.dispose();
  });

  it('writes pending words when disposed (navigation, extension update)', async () => {
    const store = createPanelStore(REF, storage, analyzeNow);
    store.edit('evidence', 'NPS +5');
    store.dispose();
    await vi.waitFor(async () => expect((await getAnswer(REF))?.evidence).toBe('NPS +5'));
  });

  it('analyses the issue with the team’s answers, and fills empty prompts from the ticket in one click', async () => {
    const store = createPanelStore(REF, storage, analyzeNow);
    expect(store.analysis.value).toBeNull(); // nothing before the page shows the issue
    store.setFields({
      summary: 'Saved cards',
      description: 'As a returning shopper I want to save my card so that I can pay in one step.',
      issueType: 'Story',
      status: null,
      labels: [],
    });
    await vi.waitFor(() => expect(store.analysis.value?.hasBenefit).toBe(true));
    expect(store.analysis.value!.flags.map((flag) => flag.code)).toContain('no-evidence');
    store.applySuggestion();
    expect(store.draft.value.customer).not.toBe('');
    expect(store.draft.value.benefit).toContain('pay in one step');
    store.edit('evidence', 'Card re-entry drops from 40% to 5% of checkouts');
    await vi.advanceTimersByTimeAsync(300);
    await vi.waitFor(() => expect(store.analysis.value!.flags.map((flag) => flag.code)).not.toContain('no-evidence'));
    store.dispose();
  });

  it('keeps what the team typed when applying the suggestion', async () => {
    const store = createPanelStore(REF, storage, analyzeNow);
    store.edit('customer', 'Finance admins');
    store.setFields({ summary: 'Cards', description: 'As a shopper I want cards so that I pay faster.', issueType: null, status: null, labels: [] });
    await vi.waitFor(() => expect(store.analysis.value).not.toBeNull());
    store.applySuggestion();
    expect(store.draft.value.customer).toBe('Finance admins');
    store.dispose();
  });
});
