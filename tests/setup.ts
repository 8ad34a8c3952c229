import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../locales/en.json';

/** Chrome's messages.json keys: nested locale keys joined with underscores, as @wxt-dev/i18n builds them. */
function flatten(tree: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}_${key}` : key;
    if (typeof value === 'string') out[name] = value;
    else Object.assign(out, flatten(value as object, name));
  }
  return out;
}

const ENGLISH = flatten(en);

// fakeBrowser leaves i18n unimplemented; answer from the English locale file so UI tests read real text.
function getMessage(name: string, substitutions?: string | string[]): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return (ENGLISH[name] ?? '').replace(/\$(\d)/g, (match, index: string) => subs[Number(index) - 1] ?? match);
}

// Also at load time: test tables built while files are collected may read messages too.
fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
});

// Without vitest globals testing-library cannot register its own cleanup.
afterEach(cleanup);
