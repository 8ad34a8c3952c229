import { describe, expect, it, vi } from 'vitest';
import { createConfluencePage } from '@/lib/confluence-publish';
import { NoTabError } from '@/lib/confluence-publish/tab-relay';

const PAGE = { spaceKey: 'TEAM', title: 'Retro — Kasa — 2025-02-07', storage: '<h2>Health check</h2><p>a &amp; b</p>' };

function fakeFetch(status: number, body: unknown) {
  return vi.fn(async (_url: string, _init: RequestInit) => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
}

describe('createConfluencePage', () => {
  it.each([
    ['Cloud', 'https://acme.atlassian.net/wiki', 'https://acme.atlassian.net/wiki/rest/api/content'],
    ['Data Center under a context path', 'https://tools.example.com/confluence/', 'https://tools.example.com/confluence/rest/api/content'],
  ])('%s: POSTs the v1 create-content request with a storage-format body', async (_label, base, url) => {
    const fetch = fakeFetch(200, { id: '98765', title: PAGE.title, _links: { base: 'https://acme.atlassian.net/wiki', webui: '/spaces/TEAM/pages/98765/Retro' } });
    const result = await createConfluencePage(fetch, { base }, PAGE);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [calledUrl, init] = fetch.mock.calls[0]!;
    expect(calledUrl).toBe(url);
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check', Accept: 'application/json' });
    expect(JSON.parse(init.body as string)).toEqual({
      type: 'page',
      title: 'Retro — Kasa — 2025-02-07',
      space: { key: 'TEAM' },
      body: { storage: { value: '<h2>Health check</h2><p>a &amp; b</p>', representation: 'storage' } },
    });
    expect(result).toEqual({ ok: true, id: '98765', title: PAGE.title, url: 'https://acme.atlassian.net/wiki/spaces/TEAM/pages/98765/Retro' });
  });

  it('falls back to the classic view address when Confluence gives no links', async () => {
    const result = await createConfluencePage(fakeFetch(200, { id: 42 }), { base: 'https://wiki.example.com' }, PAGE);
    expect(result).toEqual({ ok: true, id: '42', title: PAGE.title, url: 'https://wiki.example.com/pages/viewpage.action?pageId=42' });
  });

  it.each([
    [401, {}, 'signed-out'],
    [403, { statusCode: 403, message: 'Not permitted to create pages in this space' }, 'forbidden'],
    [404, { statusCode: 404, message: 'No space with key : NOPE' }, 'space-not-found'],
    [400, { statusCode: 400, message: 'No space found with key : NOPE' }, 'space-not-found'],
    [413, 'Request Entity Too Large', 'too-large'],
    [400, { statusCode: 400, message: 'A page with this title already exists: A page already exists with the same TITLE in this space' }, 'exists'],
  ])('HTTP %i → %s', async (status, body, kind) => {
    const result = await createConfluencePage(fakeFetch(status, body), { base: 'https://acme.atlassian.net/wiki' }, PAGE);
    expect(result).toEqual({ ok: false, error: { kind } });
  });

  it('passes other answers on with Confluence’s own message', async () => {
    const result = await createConfluencePage(fakeFetch(500, { message: 'Database is down' }), { base: 'https://x.atlassian.net/wiki' }, PAGE);
    expect(result).toEqual({ ok: false, error: { kind: 'other', status: 500, detail: 'Database is down' } });
  });

  it('says when no tab could run the request, and when the network failed', async () => {
    const noTab = vi.fn(async () => Promise.reject(new NoTabError()));
    expect(await createConfluencePage(noTab, { base: 'https://x.atlassian.net/wiki' }, PAGE)).toEqual({ ok: false, error: { kind: 'no-tab' } });
    const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await createConfluencePage(offline, { base: 'https://x.atlassian.net/wiki' }, PAGE)).toEqual({ ok: false, error: { kind: 'network', detail: 'Failed to fetch' } });
  });
});
