import { defineContentScript } from '#imports';
import { startBenefitPanel } from '@/lib/content/benefit-panel';

export default defineContentScript({
  // Jira Cloud. Self-hosted sites are registered at run time from the options page.
  matches: ['https://*.atlassian.net/*'],
  excludeMatches: ['https://*.atlassian.net/wiki/*'], // Confluence lives on the same hosts
  // The panel's CSS is inlined into its shadow root (lib/content/benefit-panel.tsx): no web-accessible file.
  cssInjectionMode: 'manual',
  main: startBenefitPanel,
});
