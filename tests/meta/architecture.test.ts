import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The conventions in ../shared/STYLE.md, checked so they hold as the code grows.
const root = join(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const product = [...sources('lib'), ...sources('components'), ...sources('entrypoints')];
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

/** The project files an entry imports (not `import type`), and the packages they import. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const resolve = (from: string, spec: string): string | null => {
    const base = spec.startsWith('@/') ? spec.slice(2) : join(from, '..', spec);
    for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
      try {
        if (statSync(join(root, candidate)).isFile()) return candidate;
      } catch {
        // try the next form
      }
    }
    return null;
  };
  const walk = (path: string): void => {
    if (files.has(path)) return;
    files.add(path);
    for (const match of read(path).matchAll(/^import (?!type )[^;]*?from '([^']+)';/gm)) {
      const spec = match[1]!;
      if (spec.startsWith('@/') || spec.startsWith('.')) {
        const next = resolve(path, spec);
        if (next) walk(next);
      } else {
        packages.add(spec);
      }
    }
  };
  walk(entry);
  return { files, packages };
}

describe('architecture', () => {
  it('renders page and user text as text: no HTML from strings in product code', () => {
    const offenders = product.filter((path) => /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/.test(read(path)));
    expect(offenders).toEqual([]);
  });

  it('ties content-script listeners and timers to the context: no bare window or document listeners, no setInterval', () => {
    const contentCode = product.filter((path) => /^(lib\/(content|confluence)\/|entrypoints\/[^/]+\.content\/)/.test(path));
    expect(contentCode.length).toBeGreaterThan(0);
    const offenders = contentCode.filter((path) =>
      /(^|[^.\w])(window|document)\.addEventListener\(|setInterval\(/m.test(read(path)),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps entrypoints thin: wiring only', () => {
    const entrypoints = sources('entrypoints').filter((path) => !path.endsWith('App.tsx'));
    const long = entrypoints.filter((path) => read(path).split('\n').length > 40);
    expect(long).toEqual([]);
  });

  it('keeps files small enough to read in one go', () => {
    const long = product.filter((path) => read(path).split('\n').length > 230).map((path) => relative(root, path));
    expect(long).toEqual([]);
  });

  it('never asks for every site', () => {
    const config = read('wxt.config.ts');
    expect(config).not.toContain('<all_urls>');
    expect(product.filter((path) => read(path).includes('<all_urls>'))).toEqual([]);
  });

  it('keeps the content script free of the analyzer and of full zod (they run in the background)', () => {
    const { files, packages } = importGraph('entrypoints/jira.content/index.tsx');
    expect(packages.has('zod')).toBe(false);
    expect([...files].filter((path) => path.startsWith('lib/analyzer/'))).toEqual([]);
  });

  it('keeps Preact out of the background: it renders nothing', () => {
    const { packages } = importGraph('entrypoints/background.ts');
    expect([...packages].filter((name) => name === 'preact' || name.startsWith('preact/') || name === '@preact/signals')).toEqual([]);
  });
});
