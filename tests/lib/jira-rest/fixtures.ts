import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared, read-only fixtures sit beside the repo (`../shared` in CI, /work/shared locally), so
 * the path is resolved from this file, not from the working directory.
 */
export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/jira-rest');

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(resolve(FIXTURES_DIR, name), 'utf8'));
}

export function fixtureNames(extension = '.json'): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith(extension))
    .sort();
}
