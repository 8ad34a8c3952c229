import { describe, expect, it, vi } from 'vitest';
import { confluenceTargets, createConfluencePublishStore, type PublishDeps } from '@/lib/confluence-publish';
import type { Site } from '@/lib/sites/site-store';
import type { RetroSession } from '@/lib/storage/retro-sessions';

const site = (kind: Site['kind'], base: string): Site => ({ kind, base, origin: new URL(base).origin, contextPath: new URL(base).pathname.replace(/\/$/, ''), addedAt: 1 });

describe('confluenceTargets', () => {
  it('lists added Confluence sites, then Confluence Cloud of every atlassian.net site with answers, once each', () => {
    const sites = [site('jira', 'https://jira.example.com/jira'), site('confluence', 'https://wiki.example.com/confluence')];
    const answers = ['https://acme.atlassian.net', 'https://jira.example.com', 'https://acme.atlassian.net', 'http://127.0.0.1:8123'];
    expect(confluenceTargets(sites, answers)).toEqual([{ base: 'https://wiki.example.com/confluence' }, { base: 'https://acme.atlassian.net/wiki' }]);
    expect(confluenceTargets([], [])).toEqual([]);
  });
});

describe('createConfluencePublishStore', () => {
  const session = { id: 's1', teamName: 'Kasa', date: '2025-02-07' } as RetroSession;

  function deps(fetch: PublishDeps['fetchFor'] extends (...a: never[]) => Promise<infer F> ? F : never): PublishDeps {
    return {
      listSites: async () => [site('confluence', 'https://wiki.example.com')],
      watchSites: () => () => undefined,
      answerSites: () => [],
      sessionBody: (s) => `<p>${s.teamName}</p>`,
      fetchFor: async () => fetch,
    };
  }

  it('checks the space key and title before asking Confluence', async () => {
    const fetch = vi.fn();
    const store = createConfluencePublishStore(deps(fetch));
    await store.publishSession({ base: 'https://wiki.example.com' }, '  ', 'Retro', session);
    expect(store.state.value).toEqual({ kind: 'invalid', field: 'space' });
    await store.publishSession({ base: 'https://wiki.example.com' }, 'TEAM SPACE', 'Retro', session);
    expect(store.state.value).toEqual({ kind: 'invalid', field: 'space' });
    await store.publishSession({ base: 'https://wiki.example.com' }, 'TEAM', ' ', session);
    expect(store.state.value).toEqual({ kind: 'invalid', field: 'title' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('creates the page with the session’s body and says where it is; errors keep what was asked', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ id: '5', title: 'Retro', _links: { base: 'https://wiki.example.com', webui: '/display/TEAM/Retro' } })));
    const store = createConfluencePublishStore(deps(fetch));
    await vi.waitFor(() => expect(store.targets.value).toEqual([{ base: 'https://wiki.example.com' }]));
    await store.publishSession(store.targets.value[0]!, ' TEAM ', 'Retro', session);
    expect(store.state.value).toEqual({ kind: 'done', title: 'Retro', url: 'https://wiki.example.com/display/TEAM/Retro' });
    expect(JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toMatchObject({ space: { key: 'TEAM' }, body: { storage: { value: '<p>Kasa</p>' } } });

    const refused = createConfluencePublishStore(deps(vi.fn(async () => new Response('{}', { status: 404 }))));
    await refused.publishSession({ base: 'https://wiki.example.com' }, 'NOPE', 'Retro', session);
    expect(refused.state.value).toEqual({ kind: 'error', error: { kind: 'space-not-found' }, target: { base: 'https://wiki.example.com' }, spaceKey: 'NOPE', title: 'Retro' });
  });
});
