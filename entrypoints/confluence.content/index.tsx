import { defineContentScript } from '#imports';
import { startChipController } from '@/lib/confluence/chip-controller';

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
  main(ctx) {
    startChipController(ctx);
  },
});
