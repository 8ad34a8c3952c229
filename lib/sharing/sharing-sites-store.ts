import { signal, type Signal } from '@preact/signals';
import { watchAnswerList } from '@/lib/review/answer-feed';
import { listSites, watchSites, type Site } from '@/lib/sites/site-store';
import { type SiteSharing, type SiteSharingChoice, choiceFor, getAllSiteSharing, setSiteSharing, watchAllSiteSharing } from './site-sharing';

export interface SharingSiteRow {
  site: string;
  choice: SiteSharingChoice;
}

export interface SharingSitesStore {
  rows: Signal<SharingSiteRow[]>;
  setChoice(site: string, patch: Partial<SiteSharingChoice>): Promise<void>;
  dispose(): void;
}

/**
 * The Jira sites team sharing can be chosen for: the sites the user added, the sites answers were
 * written on (atlassian.net sites need no adding), and any site that already has a choice.
 */
export function knownSharingSites(added: Site[], answerSites: Iterable<string>, sharing: SiteSharing): SharingSiteRow[] {
  const sites = new Set<string>([...added.filter((site) => site.kind === 'jira').map((site) => site.base), ...answerSites, ...Object.keys(sharing.sites)]);
  return [...sites].sort().map((site) => ({ site, choice: choiceFor(sharing, site) }));
}

/** The options page's Team sharing section, kept up to date with the panel's switches. */
export function createSharingSitesStore(): SharingSitesStore {
  const rows = signal<SharingSiteRow[]>([]);
  let added: Site[] = [];
  let answerSites = new Set<string>();
  let sharing: SiteSharing = { version: 1, sites: {} };
  const refresh = (): void => void (rows.value = knownSharingSites(added, answerSites, sharing));
  const stops = [
    watchSites((next) => ((added = next), refresh())),
    watchAllSiteSharing((next) => ((sharing = next), refresh())),
    watchAnswerList((answers) => ((answerSites = new Set(answers.map((answer) => answer.site))), refresh())),
  ];
  void Promise.all([listSites(), getAllSiteSharing()]).then(([sites, all]) => {
    added = sites;
    sharing = all;
    refresh();
  });
  return {
    rows,
    async setChoice(site, patch) {
      await setSiteSharing(site, patch);
      sharing = await getAllSiteSharing();
      refresh();
    },
    dispose() {
      for (const stop of stops) stop();
    },
  };
}
