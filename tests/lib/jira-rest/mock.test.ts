// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createJiraRestMock } from '@/demo/jira-rest-mock';
import { ISSUES, startHarness } from './mock-setup';

let closeServer: (() => void) | undefined;
afterEach(() => closeServer?.());

describe('jira-rest mock', () => {
  it('mounts in another server and leaves non-REST paths (and DC REST without its context path) alone', async () => {
    const mock = createJiraRestMock({ flavour: 'datacenter', contextPath: '/jira', issues: ISSUES });
    const server = createServer((req, res) => {
      if (mock(req, res)) return;
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<p>page</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closeServer = () => {
      server.closeAllConnections();
      server.close();
    };
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await (await fetch(`${origin}/jira/browse/SHOP-1`)).text()).toBe('<p>page</p>');
    expect(await (await fetch(`${origin}/rest/api/2/myself`)).text()).toBe('<p>page</p>');
    expect((await fetch(`${origin}/jira/rest/api/2/myself`)).status).toBe(200);
    expect((await fetch(`${origin}/jira/rest/api/3/myself`)).status).toBe(404);
    expect(mock.requests.map((request) => request.path)).toEqual(['/jira/rest/api/2/myself', '/jira/rest/api/3/myself']);
  });

  it('records method, path, query, headers and body of every request', async () => {
    const { running } = await startHarness();
    await fetch(`${running.origin}/rest/api/3/issue/SHOP-1/properties/x?a=1&b=two`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Custom': 'yes' },
      body: '{"k":[1,2]}',
    });
    expect(running.mock.requests[0]).toMatchObject({
      method: 'PUT',
      path: '/rest/api/3/issue/SHOP-1/properties/x',
      query: { a: '1', b: 'two' },
      headers: { 'content-type': 'application/json', 'x-custom': 'yes' },
      body: { k: [1, 2] },
    });
  });

  it('stores properties: 201 created, 200 updated, listed, deleted', async () => {
    const { running } = await startHarness({ flavour: 'datacenter' });
    const url = `${running.origin}/rest/api/2/issue/SHOP-1/properties/p`;
    const put = (): Promise<Response> => fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"v":1}' });
    expect((await put()).status).toBe(201);
    expect((await put()).status).toBe(200);
    expect(await (await fetch(url)).json()).toEqual({ key: 'p', value: { v: 1 } });
    expect(await (await fetch(`${running.origin}/rest/api/2/issue/SHOP-1/properties`)).json()).toEqual({
      keys: [{ key: 'p', self: `${running.origin}/rest/api/2/issue/SHOP-1/properties/p` }],
    });
    expect((await fetch(url, { method: 'DELETE', headers: { 'Content-Type': 'application/json' } })).status).toBe(204);
    expect((await fetch(url)).status).toBe(404);
  });

  it('serves an HTML login page as the "not JSON" fault', async () => {
    const { running } = await startHarness();
    running.mock.failNext({ type: 'html' });
    const response = await fetch(`${running.origin}/rest/api/3/myself`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/login-form/);
  });
});
