import { defineContentScript } from '#imports';
import { startChipController } from '@/lib/confluence/chip-controller';
import { serveFetchRelay } from '@/lib/content/fetch-relay';
import { applyLanguageSetting } from '@/lib/i18n-override';

export default defineContentScript({
  // Confluence Cloud. Data Center sites are registered at run time from the options page (lib/sites).
  matches: ['https://*.atlassian.net/wiki/*'],
  // Never in the editor; lib/confluence checks again when Confluence navigates in the page.
  excludeMatches: [
    'https://*.atlassian.net/wiki/*/pages/edit-v2/*',
    'https://*.atlassian.net/wiki/*/pages/edit/*',
    'https://*.atlassian.net/wiki/*resumedraft.action*',
    'https://*.atlassian.net/wiki/*editpage.action*',
  ],
  async main(ctx) {
    serveFetchRelay(ctx); // the review page creates the retro page through this tab (lib/confluence-publish)
    await applyLanguageSetting({ onStop: (stop) => ctx.onInvalidated(stop) }); // the options page's language, before any chip
    startChipController(ctx);
  },
});
