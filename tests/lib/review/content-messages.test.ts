import { describe, expect, it, vi } from 'vitest';
import { askPage, handleContentMessage, togglePanelInTab } from '@/lib/messages';
import { readPageInfo } from '@/lib/review/content-messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const page = { site: 'https://acme.atlassian.net', issue: null };

describe('handleContentMessage', () => {
  it('answers get-issue with the page and toggle-panel with the new visibility', async () => {
    const toggleVisible = vi.fn(() => false);
    const state = { page: () => page, toggleVisible };
    await expect(handleContentMessage({ type: 'cbc:get-issue' }, state)).resolves.toEqual(page);
    await expect(handleContentMessage({ type: 'cbc:toggle-panel' }, state)).resolves.toEqual({ visible: false });
    expect(toggleVisible).toHaveBeenCalledOnce();
  });

  it.each([[null], ['cbc:get-issue'], [{ type: 'cbc:analyze' }], [{}]])('leaves %o to other listeners', (message) => {
    expect(handleContentMessage(message, { page: () => page, toggleVisible: () => true })).toBeUndefined();
  });
});

describe('readPageInfo', () => {
  it('reads the issue from the URL and the page', () => {
    document.body.innerHTML = '<h1 data-testid="issue.views.issue-base.foundation.summary.heading">Save a card</h1>';
    const info = readPageInfo(new URL('https://acme.atlassian.net/browse/SHOP-1'), document);
    expect(info.site).toBe('https://acme.atlassian.net');
    expect(info.issue).toMatchObject({ key: 'SHOP-1', summary: 'Save a card', url: 'https://acme.atlassian.net/browse/SHOP-1' });
  });

  it('gives the site without an issue on a board', () => {
    document.body.innerHTML = '';
    expect(readPageInfo(new URL('https://acme.atlassian.net/jira/software/projects/SHOP/boards/1'), document)).toEqual({
      site: 'https://acme.atlassian.net',
      issue: null,
      // Where the tab is, for checking the board (lib/sprint-check).
      url: 'https://acme.atlassian.net/jira/software/projects/SHOP/boards/1',
      origin: 'https://acme.atlassian.net',
      contextPath: '',
      flavour: 'cloud',
    });
  });
});

describe('asking a tab', () => {
  it('returns null when the tab has no content script', async () => {
    fakeBrowser.tabs.sendMessage = (() => Promise.reject(new Error('Receiving end does not exist.'))) as never;
    await expect(askPage(3)).resolves.toBeNull();
    await expect(togglePanelInTab(3)).resolves.toBeNull();
  });

  it('validates the reply', async () => {
    fakeBrowser.tabs.sendMessage = (() => Promise.resolve({ site: 42 })) as never;
    await expect(askPage(3)).resolves.toBeNull();
    fakeBrowser.tabs.sendMessage = (() => Promise.resolve(page)) as never;
    await expect(askPage(3)).resolves.toEqual(page);
    fakeBrowser.tabs.sendMessage = (() => Promise.resolve({ visible: true })) as never;
    await expect(togglePanelInTab(3)).resolves.toBe(true);
  });
});
