import { describe, expect, it } from 'vitest';
import { decodeBase91, encodeBase91 } from '@/lib/storage/base91';
import { decodeChunk, encodeChunk } from '@/lib/storage/sync-codec';
import { answerV2 } from '../../fixtures/storage/answer/v2';
import { typicalAnswer } from './helpers';

describe('sync encoding', () => {
  it.each([[[]], [[0]], [[255, 0, 1]], [Array.from({ length: 1000 }, (_, i) => (i * 37) % 256)]])(
    'basE91 round-trips %#',
    (bytes) => {
      const data = Uint8Array.from(bytes);
      const text = encodeBase91(data);
      expect(text).not.toMatch(/["\\<>]/);
      expect(JSON.stringify(text)).toBe(`"${text}"`);
      expect([...decodeBase91(text)]).toEqual(bytes);
    },
  );

  it('round-trips answers exactly, several per chunk', async () => {
    const answers = [answerV2, typicalAnswer(1, 1_736_000_000_000), typicalAnswer(2, 1_736_000_123_456, 'https://jira.example.com/jira')];
    const value = await encodeChunk(answers as never);
    expect(value[0]).toBe('1');
    expect(await decodeChunk(value)).toEqual({ kind: 'ok', answers });
  });

  it('is compact: typical answers cost well under their JSON', async () => {
    const answers = Array.from({ length: 30 }, (_, i) => typicalAnswer(i, 1_736_000_000_000 + i * 1000));
    const value = await encodeChunk(answers);
    expect(value.length).toBeLessThan(JSON.stringify(answers).length / 3);
  });

  it.each([
    ['a future encoding', '9abc', 'future'],
    ['a number', 42, 'invalid'],
    ['garbage text', '1!!!!', 'invalid'],
    ['an empty string', '', 'invalid'],
  ])('recognises %s', async (_name, value, kind) => {
    expect((await decodeChunk(value)).kind).toBe(kind);
  });
});
