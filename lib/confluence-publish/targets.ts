import type { Site } from '@/lib/sites/site-store';
import type { ConfluenceTarget } from './create-page';

const ATLASSIAN_CLOUD = /^https:\/\/[a-z0-9-]+\.atlassian\.net$/i;

/**
 * Where a retro page can go: every Confluence site the user added (lib/sites), and Confluence Cloud
 * (`/wiki`) on each atlassian.net site the team has answered tickets on. Added sites first.
 */
export function confluenceTargets(sites: readonly Pick<Site, 'kind' | 'base'>[], answerSites: Iterable<string>): ConfluenceTarget[] {
  const bases = sites.filter((site) => site.kind === 'confluence').map((site) => site.base.replace(/\/+$/, ''));
  for (const origin of answerSites) if (ATLASSIAN_CLOUD.test(origin)) bases.push(`${origin.toLowerCase()}/wiki`);
  return [...new Set(bases)].map((base) => ({ base }));
}
