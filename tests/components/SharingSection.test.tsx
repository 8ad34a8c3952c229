import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SharingSection } from '@/components/options/SharingSection';
import { knownSharingSites } from '@/lib/sharing/sharing-sites-store';
import { getSiteSharing, resetSiteSharingItemForTests } from '@/lib/sharing/site-sharing';
import { resetSitesItemForTests } from '@/lib/sites/site-store';
import { saveAnswer } from '@/lib/storage/answers';

const CLOUD = 'https://acme.atlassian.net';
const DC = 'https://tools.example.com/jira';

describe('options: Team sharing', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSiteSharingItemForTests();
    resetSitesItemForTests();
  });

  it('lists added Jira sites, sites with answers and sites with a choice, once each, off by default', () => {
    const added = [
      { kind: 'jira' as const, origin: 'https://tools.example.com', contextPath: '/jira', base: DC, addedAt: 1 },
      { kind: 'confluence' as const, origin: 'https://wiki.example.com', contextPath: '', base: 'https://wiki.example.com', addedAt: 1 },
    ];
    const rows = knownSharingSites(added, [CLOUD, DC], { version: 1, sites: { 'https://b.atlassian.net': { shareThroughJira: true, writeUnclearLabel: false } } });
    expect(rows).toEqual([
      { site: CLOUD, choice: { shareThroughJira: false, writeUnclearLabel: false } },
      { site: 'https://b.atlassian.net', choice: { shareThroughJira: true, writeUnclearLabel: false } },
      { site: DC, choice: { shareThroughJira: false, writeUnclearLabel: false } },
    ]);
  });

  it('switches sharing and the label write-back per site', async () => {
    await saveAnswer({ site: CLOUD, key: 'SHOP-1' }, { customer: 'Shoppers' });
    render(<SharingSection />);
    const row = await screen.findByTestId('sharing-section-row');
    expect(row.getAttribute('data-site')).toBe(CLOUD);
    const label = screen.getByTestId('sharing-section-label') as HTMLInputElement;
    expect(label.disabled).toBe(true);
    fireEvent.click(screen.getByRole('switch', { name: 'Share answers through Jira' }));
    await waitFor(() => expect(label.disabled).toBe(false));
    fireEvent.click(label);
    await waitFor(async () => expect(await getSiteSharing(CLOUD)).toEqual({ shareThroughJira: true, writeUnclearLabel: true }));
  });

  it('says so when no Jira site is known yet', async () => {
    render(<SharingSection />);
    expect((await screen.findByTestId('sharing-section-empty')).textContent).toContain('No Jira sites yet');
  });
});
