import { describe, expect, it, vi } from 'vitest';
import { NoTabError, candidateTabs, createRelayFetch } from '@/lib/confluence-publish/tab-relay';
import { RELAY_MESSAGE, type RelayRequest } from '@/lib/jira-rest/relay-protocol';

describe('candidateTabs', () => {
  it('prefers the site’s own pages, then the same origin, then tabs whose address is hidden; never other sites', () => {
    const tabs = [
      { id: 1, url: 'https://other.atlassian.net/wiki/spaces/X' },
      { id: 2 },
      { id: 3, url: 'https://acme.atlassian.net/browse/SHOP-1' },
      { id: 4, url: 'https://acme.atlassian.net/wiki/spaces/TEAM/pages/1' },
      { url: 'https://acme.atlassian.net/wiki/' },
      { id: 5, url: 'https://acme.atlassian.net/wikipedia' },
    ];
    expect(candidateTabs('https://acme.atlassian.net/wiki', tabs)).toEqual([4, 3, 5, 2]);
  });
});

describe('createRelayFetch', () => {
  const ok = { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, body: '{"id":"1"}' };

  it('sends the POST as a relay request and skips tabs without our script or of another origin', async () => {
    const send = vi.fn(async (tabId: number, _message: RelayRequest) => {
      if (tabId === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (tabId === 2) return { error: 'Refused: not a Jira REST address of this page' };
      return ok;
    });
    const fetch = createRelayFetch([1, 2, 3], send);
    const response = await fetch('https://acme.atlassian.net/wiki/rest/api/content', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
      body: '{"type":"page"}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: '1' });
    expect(send.mock.calls.map(([id]) => id)).toEqual([1, 2, 3]);
    expect(send.mock.calls[2]![1]).toEqual({
      type: RELAY_MESSAGE,
      url: 'https://acme.atlassian.net/wiki/rest/api/content',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-atlassian-token': 'no-check' },
      body: '{"type":"page"}',
    });
  });

  it('throws NoTabError when no tab takes it, and the tab’s own error when the fetch failed there', async () => {
    await expect(createRelayFetch([], vi.fn())('https://x/rest/api/content', { method: 'POST' })).rejects.toBeInstanceOf(NoTabError);
    const failing = createRelayFetch([7], async () => ({ error: 'Failed to fetch' }));
    await expect(failing('https://x/rest/api/content', { method: 'POST' })).rejects.toThrow('Failed to fetch');
  });
});
