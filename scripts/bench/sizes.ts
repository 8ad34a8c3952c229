import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
}

/** Budgets in gzip bytes, per built file (issue: content script under 40 KB gzip). */
export const SIZE_BUDGETS: Record<string, number> = {
  'content-scripts/jira.js': 40 * 1024, // runs on every Jira page: issue 2 and 8
  'content-scripts/confluence.js': 40 * 1024, // runs on every Confluence page: the same content-script budget
};

/** Raw and gzip size of every script and stylesheet in a build output folder. */
export function measureBundle(outputDir: string): BundleSize[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) files.push(path);
    }
  };
  walk(outputDir);
  return files.sort().map((path) => {
    const content = readFileSync(path);
    return { file: relative(outputDir, path), raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

/** Files over their budget, as messages; empty when all fit. */
export function overBudget(sizes: BundleSize[]): string[] {
  return sizes
    .filter((size) => SIZE_BUDGETS[size.file] !== undefined && size.gzip > SIZE_BUDGETS[size.file]!)
    .map((size) => `${size.file}: ${size.gzip} B gzip > budget ${SIZE_BUDGETS[size.file]} B`);
}
