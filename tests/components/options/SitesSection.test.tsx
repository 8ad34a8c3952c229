import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GrantAccessNotice } from '@/components/options/GrantAccessNotice';
import { SitesSection } from '@/components/options/SitesSection';
import { requestSiteAccess } from '@/lib/sites/permissions';
import { syncRegistrations } from '@/lib/sites/registration';
import { resetSitesItemForTests, type SiteCheck } from '@/lib/sites/site-store';
import { createSitesStore } from '@/lib/sites/sites-store';
import { type FakeExtensionApis, installFakeExtensionApis } from '../../lib/sites/fake-extension-apis';

function storeWith(state: SiteCheck['state']) {
  const check = vi.fn(async (site: { base: string }): Promise<SiteCheck> => ({ state, url: `${site.base}/rest/api/2/serverInfo`, at: 1 }));
  return createSitesStore({ requestAccess: requestSiteAccess, check, sync: syncRegistrations });
}

async function add(input: string): Promise<void> {
  fireEvent.input(screen.getByTestId('site-add-input'), { target: { value: input } });
  fireEvent.submit(screen.getByTestId('site-add'));
}

describe('SitesSection', () => {
  let apis: FakeExtensionApis;
  beforeEach(() => {
    resetSitesItemForTests();
    apis = installFakeExtensionApis();
  });

  it('says atlassian.net works out of the box and nothing is added yet', () => {
    render(<SitesSection store={storeWith('ok')} />);
    expect(screen.getByTestId('sites-section-builtin').textContent).toContain('atlassian.net');
    expect(screen.getByTestId('sites-section-empty').textContent).toBe('No sites added yet.');
  });

  it('adds a site and shows that Jira answered', async () => {
    render(<SitesSection store={storeWith('ok')} />);
    await add('https://tools.acme.com/jira/browse/PAY-1');
    await waitFor(() => expect(screen.getByTestId('sites-section-notice').textContent).toBe('Added https://tools.acme.com/jira. Open a page there to see the extension.'));
    await waitFor(() => expect(screen.getByTestId('site-row-status').textContent).toBe('Jira answered at this address.'));
    expect(apis.prompts).toEqual([['https://tools.acme.com/*']]);
  });

  it('keeps a site where no Jira answered, and says so clearly', async () => {
    render(<SitesSection store={storeWith('unrecognised')} />);
    await add('intranet.acme.com');
    await waitFor(() =>
      expect(screen.getByTestId('site-row-status').textContent).toBe(
        'No Jira answered at this address: https://intranet.acme.com/rest/api/2/serverInfo. Check the address and its path (for example /jira).',
      ),
    );
    expect(screen.getByTestId('site-row-status').getAttribute('role')).toBe('alert');
  });

  it.each([
    ['', 'Type the address of your Jira or Confluence.'],
    ['acme.atlassian.net', 'Sites on atlassian.net work without adding them.'],
    ['ftp://files.acme.com', 'Only http and https sites can be added.'],
  ])('explains why %j cannot be added', async (input, message) => {
    render(<SitesSection store={storeWith('ok')} />);
    await add(input);
    await waitFor(() => expect(screen.getByTestId('sites-section-notice').textContent).toBe(message));
  });

  it('says when the user refused the permission', async () => {
    apis.answerPrompt = false;
    render(<SitesSection store={storeWith('ok')} />);
    await add('jira.acme.com');
    await waitFor(() => expect(screen.getByTestId('sites-section-notice').textContent).toBe('The browser did not allow access to jira.acme.com, so nothing was added.'));
  });

  it('offers "Grant access again" after the permission was removed, and removing forgets the site', async () => {
    render(<SitesSection store={storeWith('ok')} />);
    await add('jira.acme.com');
    await waitFor(() => screen.getByTestId('site-row-recheck'));
    await apis.revoke('https://jira.acme.com/*');
    await waitFor(() => expect(screen.getByTestId('site-row-status').textContent).toBe('Access to this site was removed in the browser, so the extension cannot run there.'));
    fireEvent.click(screen.getByTestId('site-row-grant'));
    await waitFor(() => screen.getByTestId('site-row-recheck'));
    expect(apis.scripts.size).toBe(1);
    fireEvent.click(screen.getByTestId('site-row-remove'));
    await waitFor(() => screen.getByTestId('sites-section-empty'));
    await waitFor(() => expect(apis.scripts.size).toBe(0));
    await waitFor(() => expect(apis.granted.size).toBe(0));
  });
});

describe('GrantAccessNotice', () => {
  it('names the site and grants on click', () => {
    const onGrant = vi.fn();
    render(<GrantAccessNotice origin="https://jira.acme.com" onGrant={onGrant} />);
    expect(screen.getByTestId('grant-access-notice').textContent).toContain('no longer has access to https://jira.acme.com');
    fireEvent.click(screen.getByTestId('grant-access-notice-grant'));
    expect(onGrant).toHaveBeenCalledOnce();
  });
});
