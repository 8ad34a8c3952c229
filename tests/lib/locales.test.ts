import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAG_MESSAGE_KEYS } from '@/components/AnalysisSummary';
import { FLAG_TEXT } from '@/lib/analyzer/flags';
import type { FlagCode } from '@/lib/analyzer';
import en from '../../locales/en.json';
import pl from '../../locales/pl.json';

const ROOT = resolve(__dirname, '../..');

/** Dotted keys, as `t()` takes them, with their messages. */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value as object, name)) out.set(k, v);
  }
  return out;
}

const EN = flatten(en);
const PL = flatten(pl);
const placeholders = (message: string): string[] => [...new Set(message.match(/\$\d/g) ?? [])].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every `t('literal')` in the interface code; template keys (`t(\`review.export.${format}\`)`) are checked by tsc. */
function usedKeys(): { key: string; file: string }[] {
  const files = ['components', 'entrypoints', 'lib'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*(['"])([\w.]+)\1/g)].map((match) => ({ key: match[2]!, file: relative(ROOT, file) })),
  );
}

describe('locales/en.json and locales/pl.json', () => {
  it('have exactly the same keys', () => {
    expect([...PL.keys()].filter((key) => !EN.has(key))).toEqual([]);
    expect([...EN.keys()].filter((key) => !PL.has(key))).toEqual([]);
  });

  it('have no empty messages', () => {
    const empty = [...EN, ...PL].filter(([, message]) => message.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders ($1, $2…) in both languages', () => {
    const differing = [...EN].filter(([key, message]) => placeholders(message).join() !== placeholders(PL.get(key) ?? '').join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('say which language they are', () => {
    expect(EN.get('uiLanguage')).toBe('en');
    expect(PL.get('uiLanguage')).toBe('pl');
  });

  it('have every key the code asks for with t(…)', () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(100); // the scan finds the interface's calls
    expect(used.filter(({ key }) => !EN.has(key))).toEqual([]);
  });
});

describe('the analyzer’s flag messages', () => {
  it.each(Object.keys(FLAG_TEXT) as FlagCode[])('%s: the locales hold the analyzer’s own texts, in both languages', (code) => {
    const text = FLAG_TEXT[code];
    const keys = FLAG_MESSAGE_KEYS[code];
    expect(EN.get(keys.message)).toBe(text.en);
    expect(PL.get(keys.message)).toBe(text.pl);
    expect(keys.bug && EN.get(keys.bug)).toBe(text.bug?.en);
    expect(keys.bug && PL.get(keys.bug)).toBe(text.bug?.pl);
    expect(text.en).not.toBe('');
    expect(text.pl).not.toBe('');
  });

  it('cover every flag code', () => {
    expect(Object.keys(FLAG_MESSAGE_KEYS).sort()).toEqual(Object.keys(FLAG_TEXT).sort());
  });
});
