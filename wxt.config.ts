import { preact } from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Origins of the bundled demo Jira (`npm start`, e2e tests). They are added to the manifest only in
 * the `demo` build mode, never to the production build that goes to the stores.
 * Match patterns ignore the port, so these cover the demo server on any port.
 */
const DEMO_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** The demo Confluence pages live under `/wiki`, as on Cloud; chips must not run on the demo Jira's pages. */
const DEMO_CONFLUENCE = ['http://127.0.0.1/wiki/*', 'http://localhost/wiki/*'];

/**
 * Sites the user adds (lib/sites): the browser grants nothing until the user approves one origin
 * from the options page. MV2 (Firefox) has no `optional_host_permissions`; origins go in `optional_permissions`.
 */
const ADDABLE_SITES = ['https://*/*', 'http://*/*'];
/**
 * The e2e "added site" (tests/e2e/sites-confluence.spec.ts): a host permission only, no content
 * script. Headless Chromium cannot approve the permission prompt (microsoft/playwright#32755), and
 * `permissions.request` for an origin already granted resolves without one; the content script
 * still runs there only once the options page has registered it.
 */
const DEMO_PREGRANTED = ['http://127.0.0.2/*'];

const EXTENSION_CSP = "script-src 'self'; object-src 'self'";

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  // The sources zip is what store reviewers rebuild from; screenshots and scratch files are not sources.
  zip: { excludeSources: ['docs/**', '.tmp/**', 'test-results/**', 'stats.html'] },
  manifest: ({ mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup reads the tab's URL on a site whose access was removed (lib/sites/site-access-store.ts).
    permissions: ['storage', 'scripting', 'activeTab'],
    ...(manifestVersion === 2 ? { optional_permissions: ADDABLE_SITES } : { optional_host_permissions: ADDABLE_SITES }),
    commands: {
      // The background forwards it to the active tab's content script (lib/background/toggle-command.ts).
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_popup_command__' },
    },
    ...(mode === 'demo' ? { host_permissions: [...DEMO_ORIGINS, ...DEMO_PREGRANTED] } : {}),
    // The browsers' defaults, stated: only the extension's own scripts, never remote code or eval.
    content_security_policy:
      manifestVersion === 2 ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    browser_specific_settings: {
      gecko: {
        id: 'customer-benefit-check@customer-benefit-check.invalid',
        strict_min_version: '140.0', // the first with data_collection_permissions (Firefox ESR 140)
        // Firefox asks every add-on to declare what it collects: nothing leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' }, // the first Android release with the declaration
    },
  }),
  hooks: {
    // Content scripts declare production matches only; the demo build widens them to the demo origin.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      for (const script of manifest.content_scripts ?? []) {
        const demo = script.js?.includes('content-scripts/confluence.js') ? DEMO_CONFLUENCE : DEMO_ORIGINS;
        script.matches = [...(script.matches ?? []), ...demo];
      }
    },
  },
});
