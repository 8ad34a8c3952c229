import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnswerStore } from '@/lib/storage/answer-store';
import { answerStorageKey, listAnswers } from '@/lib/storage/answers';
import { applyImport, exportAll, parseImport, previewImport } from '@/lib/storage/export-import';
import { IMPORT_MESSAGES } from '@/lib/storage/export-schema';
import { listRetroSessions, resetRetroSessionsItemForTests } from '@/lib/storage/retro-sessions';
import { resetSettingsItemForTests } from '@/lib/storage/settings';
import { answerV2 } from '../../fixtures/storage/answer/v2';
import { exportV1 } from '../../fixtures/storage/export/v1';

const ref = { site: answerV2.site, key: answerV2.key };

describe('export and import', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
    resetRetroSessionsItemForTests();
  });

  it('round-trips everything through one versioned file', async () => {
    const json = JSON.stringify(exportV1);
    const parsed = parseImport(json);
    if (!parsed.ok) throw new Error(parsed.error);
    await applyImport(parsed.file);
    const exported = JSON.parse(await exportAll(5));
    expect(exported).toMatchObject({ format: 'customer-benefit-check-export', version: 1, exportedAt: 5 });
    expect(exported.answers).toHaveLength(2);
    expect(exported.retroSessions).toEqual(exportV1.retroSessions);

    fakeBrowser.reset();
    resetRetroSessionsItemForTests();
    const again = parseImport(JSON.stringify(exported));
    if (!again.ok) throw new Error(again.error);
    await applyImport(again.file);
    expect(await listAnswers()).toEqual(expect.arrayContaining(exported.answers));
    expect(await listRetroSessions()).toEqual(exportV1.retroSessions);
  });

  it('previews adds and changes, then merges by per-field time', async () => {
    // Local: an older customer than the file's, a newer note than the file's.
    await fakeBrowser.storage.local.set({
      [answerStorageKey(ref)]: { ...answerV2, customer: 'Old customer', fieldUpdatedAt: { ...answerV2.fieldUpdatedAt, customer: 1 }, note: 'newer local note', updatedAt: answerV2.updatedAt + 1_000 },
    });
    const parsed = parseImport(JSON.stringify(exportV1));
    if (!parsed.ok) throw new Error(parsed.error);
    const preview = await previewImport(parsed.file);
    expect(preview.adds.map((a) => a.ref.key)).toEqual(['SHOP-43']);
    expect(preview.changes).toEqual([{ ref, summary: answerV2.summary, fields: ['customer'] }]);
    expect(preview.retroAdds).toBe(1);

    await applyImport(parsed.file);
    const answers = await listAnswers();
    expect(answers.find((a) => a.key === 'SHOP-42')).toMatchObject({ customer: answerV2.customer, note: 'newer local note' });
    expect(answers).toHaveLength(2);
  });

  it.each([
    ['not JSON', '{"format": ', IMPORT_MESSAGES.notJson],
    ['a foreign JSON file', JSON.stringify({ name: 'package', version: 1 }), IMPORT_MESSAGES.foreign],
    ['a JSON array', '[1,2]', IMPORT_MESSAGES.foreign],
    ['a file from a newer version', JSON.stringify({ ...exportV1, version: 2 }), IMPORT_MESSAGES.newer(2)],
    ['a file without answers', JSON.stringify({ ...exportV1, answers: undefined }), /damaged: answers/],
    ['an invalid answer', JSON.stringify({ ...exportV1, answers: [{ ...answerV2, verdict: 'maybe' }] }), /answer 1 \(SHOP-42 on https:\/\/acme.atlassian.net\) is not valid/],
    ['an answer from a newer version', JSON.stringify({ ...exportV1, answers: [{ ...answerV2, version: 9 }] }), /answer 1 \(SHOP-42.*newer version/],
    ['an invalid retro session', JSON.stringify({ ...exportV1, retroSessions: [{ id: 'x' }] }), /retro session 1 is not valid/],
  ])('rejects %s with a clear message and changes nothing', async (_name, text, message) => {
    await createAnswerStore().save(ref, { customer: 'Untouched' });
    const before = await fakeBrowser.storage.local.get(null);
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      if (typeof message === 'string') expect(parsed.error).toBe(message);
      else expect(parsed.error).toMatch(message);
      expect(parsed.error).toMatch(/nothing was imported/i);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
