import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * fakeBrowser leaves `permissions` and `scripting` unimplemented: small in-memory doubles with the
 * browsers' observable behaviour (granted origins, registered scripts, duplicate ids rejected).
 */
export interface FakeExtensionApis {
  granted: Set<string>;
  scripts: Map<string, Record<string, unknown>>;
  /** What the next `permissions.request` answers (the user's click in the prompt). */
  answerPrompt: boolean;
  prompts: string[][];
  /** Removes an origin as the browser's settings page does, firing `onRemoved`. */
  revoke(origin: string): Promise<void>;
}

type Listener = (permissions: { origins?: string[] }) => void;

export const MANIFEST: Browser.runtime.Manifest = {
  manifest_version: 3,
  name: 'test',
  version: '0.0.0',
  content_scripts: [
    { matches: ['https://*.atlassian.net/*'], js: ['content-scripts/jira.js'] },
    { matches: ['https://*.atlassian.net/wiki/*'], js: ['content-scripts/confluence.js'], run_at: 'document_idle' },
  ],
};

export function installFakeExtensionApis(): FakeExtensionApis {
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const apis: FakeExtensionApis = {
    granted: new Set(),
    scripts: new Map(),
    answerPrompt: true,
    prompts: [],
    async revoke(origin) {
      apis.granted.delete(origin);
      for (const listener of removed) listener({ origins: [origin] });
    },
  };
  const event = (list: Listener[]) => ({
    addListener: (listener: Listener) => void list.push(listener),
    removeListener: (listener: Listener) => void list.splice(list.indexOf(listener) >>> 0, 1),
    hasListener: (listener: Listener) => list.includes(listener),
  });
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => apis.granted.has(origin)),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      apis.prompts.push(origins);
      if (origins.every((origin) => apis.granted.has(origin))) return true; // no prompt for what is granted
      if (!apis.answerPrompt) return false;
      for (const origin of origins) apis.granted.add(origin);
      for (const listener of added) listener({ origins });
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      for (const origin of origins) apis.granted.delete(origin);
      for (const listener of removed) listener({ origins });
      return true;
    },
    onAdded: event(added),
    onRemoved: event(removed),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async () => [...apis.scripts.values()].map((script) => structuredClone(script)),
    registerContentScripts: async (scripts: { id: string }[]) => {
      for (const script of scripts) if (apis.scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      for (const script of scripts) apis.scripts.set(script.id, structuredClone(script));
    },
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] } = {}) => {
      for (const id of ids) apis.scripts.delete(id);
    },
  });
  fakeBrowser.runtime.getManifest = () => MANIFEST;
  return apis;
}
