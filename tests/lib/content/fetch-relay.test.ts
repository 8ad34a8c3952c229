import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleFetchRelay } from '@/lib/content/fetch-relay';
import { RELAY_MESSAGE, type RelayResponse } from '@/lib/jira-rest/relay-protocol';

function relay(message: unknown): Promise<RelayResponse> | undefined {
  let reply: ((value: RelayResponse) => void) | undefined;
  const promise = new Promise<RelayResponse>((resolve) => (reply = resolve));
  return handleFetchRelay(message, {}, reply!) ? promise : undefined;
}

const request = (url: string, extra: object = {}) => ({ type: RELAY_MESSAGE, url, method: 'GET', headers: { accept: 'application/json' }, ...extra });

describe('handleFetchRelay (content script)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches this page’s own Jira REST address with the session and relays status, headers and body', async () => {
    const fetchMock = vi.fn(async () => new Response('{"key":"A-1"}', { status: 200, headers: { 'content-type': 'application/json', 'x-secret': 'no' } }));
    vi.stubGlobal('fetch', fetchMock);
    const reply = await relay(request(`${location.origin}/jira/rest/api/2/issue/A-1`));
    expect(reply).toEqual({ status: 200, statusText: '', headers: { 'content-type': 'application/json' }, body: '{"key":"A-1"}' });
    expect(fetchMock).toHaveBeenCalledWith(`${location.origin}/jira/rest/api/2/issue/A-1`, expect.objectContaining({ credentials: 'same-origin', method: 'GET' }));
  });

  it.each([
    ['another origin', 'https://evil.example/rest/api/2/issue/A-1'],
    ['a page that is not REST', `${location.origin}/secure/admin`],
    ['no URL at all', 'not a url'],
    ['a path parameter that hides another resource', `${location.origin}/secure/Admin.jspa;/rest/api/2/issue/A-1`],
  ])('refuses %s without fetching', async (_label, url) => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    expect(await relay(request(url))).toEqual({ error: expect.stringContaining('Refused') });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('ignores messages that are not relay requests, or ask for other methods', () => {
    expect(relay({ type: 'cbc:analyze' })).toBeUndefined();
    expect(relay(request(`${location.origin}/rest/api/2/issue/A-1`, { method: 'DELETE' }))).toBeUndefined();
    expect(relay(null)).toBeUndefined();
  });

  it('refuses to relay a cut-off answer: too large is said as too large, not as a login page', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('x'.repeat(5_000_001), { status: 200, headers: { 'content-type': 'application/json' } })));
    expect(await relay(request(`${location.origin}/rest/api/3/search/jql`))).toEqual({ error: expect.stringContaining('too large') });
  });

  it('reports a network failure as an error, not an exception', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await relay(request(`${location.origin}/rest/api/3/issue/A-1`))).toEqual({ error: 'Failed to fetch' });
  });
});

describe('handleFetchRelay: POST, for the Confluence retro page only', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([`${location.origin}/wiki/rest/api/content`, `${location.origin}/confluence/rest/api/content/`])('relays a POST to %s with its headers and body', async (url) => {
    const fetchMock = vi.fn(async () => new Response('{"id":"7"}', { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    const headers = { 'content-type': 'application/json', 'x-atlassian-token': 'no-check' };
    const reply = await relay(request(url, { method: 'POST', headers, body: '{"type":"page"}' }));
    expect(reply).toEqual({ status: 200, statusText: '', headers: { 'content-type': 'application/json' }, body: '{"id":"7"}' });
    expect(fetchMock).toHaveBeenCalledWith(url, { method: 'POST', headers, body: '{"type":"page"}', credentials: 'same-origin' });
  });

  it.each([
    ['another REST address', `${location.origin}/rest/api/3/issue`],
    ['a page’s child content', `${location.origin}/wiki/rest/api/content/123/child/attachment`],
    ['another origin', 'https://evil.example/wiki/rest/api/content'],
  ])('refuses a POST to %s without fetching', async (_label, url) => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    expect(await relay(request(url, { method: 'POST', body: '{}' }))).toEqual({ error: expect.stringContaining('Refused') });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
