import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnswerStore } from '@/lib/storage/answer-store';
import { StorageWriteError } from '@/lib/storage/storage-errors';
import { takeRescuedPatches } from '@/lib/storage/write-rescue';

const ref = { site: 'https://acme.atlassian.net', key: 'SHOP-42' };

describe('typed words survive an extension update', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('keeps a patch in the page when storage is gone, and the next panel saves it', async () => {
    const oldScript = createAnswerStore(() => 500);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    const result = await oldScript.save(ref, { benefit: 'Refund in one step' }, { summary: 'Refunds' });
    expect(result.benefit).toBe('Refund in one step');
    await oldScript.flush();
    expect(takeRescuedPatches()).toMatchObject([{ ref, benefit: 'Refund in one step', at: 500 }]);
    vi.restoreAllMocks();

    const newScript = createAnswerStore(() => 900);
    await newScript.get(ref); // first use restores what was rescued
    await newScript.flush();
    expect(await newScript.get(ref)).toMatchObject({ benefit: 'Refund in one step', summary: 'Refunds', fieldUpdatedAt: { benefit: 500 } });
    expect(takeRescuedPatches()).toEqual([]);
  });

  it('a rescued edit loses to a later edit made elsewhere meanwhile', async () => {
    const oldScript = createAnswerStore(() => 500);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    await oldScript.save(ref, { customer: 'rescued' });
    vi.restoreAllMocks();
    const rescued = localStorage.getItem('customer-benefit-check:unsaved');
    localStorage.removeItem('customer-benefit-check:unsaved');
    await createAnswerStore(() => 700).save(ref, { customer: 'later, in another tab' });
    localStorage.setItem('customer-benefit-check:unsaved', rescued!);
    const newScript = createAnswerStore(() => 900);
    await newScript.get(ref);
    await newScript.flush();
    expect((await newScript.get(ref))?.customer).toBe('later, in another tab');
  });

  it('flushPendingWrites rescues writes that never settle', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const script = createAnswerStore(() => 500);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(() => new Promise(() => undefined) as never);
    void script.save(ref, { note: 'typed just before the update' });
    const flushed = script.flush();
    await vi.advanceTimersByTimeAsync(2_000);
    await flushed;
    vi.useRealTimers();
    expect(takeRescuedPatches()).toMatchObject([{ note: 'typed just before the update' }]);
  });

  it('says clearly when local storage is full, and still keeps the words', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await createAnswerStore().save(ref, { customer: 'c' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect((error as StorageWriteError).code).toBe('local-full');
    expect((error as Error).message).toMatch(/storage for this extension is full/);
    expect(takeRescuedPatches()).toMatchObject([{ customer: 'c' }]);
  });
});
