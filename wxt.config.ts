import { preact } from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Origins of the bundled demo Jira (`npm start`, e2e tests). They are added to the manifest only in
 * the `demo` build mode, never to the production build that goes to the stores.
 * Match patterns ignore the port, so these cover the demo server on any port.
 */
const DEMO_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    commands: {
      // The background forwards it to the active tab's content script (lib/background/toggle-command.ts).
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_popup_command__' },
    },
    ...(mode === 'demo' ? { host_permissions: DEMO_ORIGINS } : {}),
  }),
  hooks: {
    // Content scripts declare production matches only; the demo build widens them to the demo origin.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...DEMO_ORIGINS];
      }
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource !== 'string') resource.matches = [...(resource.matches ?? []), ...DEMO_ORIGINS];
      }
    },
  },
});
