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
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: 'Customer Benefit Check',
    description:
      'Puts the customer next to every Jira ticket: who benefits, what changes for them, how the team will know.',
    permissions: ['storage'],
    ...(mode === 'demo' ? { host_permissions: DEMO_ORIGINS } : {}),
  }),
  hooks: {
    // Content scripts declare production matches only; the demo build widens them to the demo origin.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...DEMO_ORIGINS];
      }
    },
  },
});
