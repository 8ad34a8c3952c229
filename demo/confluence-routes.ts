import type { IncomingMessage, ServerResponse } from 'node:http';
import { confluenceEditorPage, confluenceLongPage, confluenceViewPage } from './pages/confluence';

/** References on the long demo page: more than the chips' budget of 500. */
export const LONG_PAGE_REFERENCES = 650;

/**
 * Confluence Cloud on the demo host, under `/wiki` as on `*.atlassian.net`: a sprint review page,
 * its editor, a long page, and the space API a site check asks. A `RequestHandler` of demo/server.ts.
 */
export function serveConfluence(req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://demo');
  if (!url.pathname.startsWith('/wiki/')) return false;
  const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
  const path = url.pathname;
  if (/^\/wiki\/spaces\/SHOP\/pages\/123(?:\/[^/]*)?$/.test(path)) return send(res, 'text/html', confluenceViewPage(origin));
  if (/^\/wiki\/spaces\/SHOP\/pages\/edit-v2\/123$/.test(path)) return send(res, 'text/html', confluenceEditorPage(origin));
  if (/^\/wiki\/spaces\/SHOP\/pages\/200(?:\/[^/]*)?$/.test(path)) return send(res, 'text/html', confluenceLongPage(LONG_PAGE_REFERENCES));
  if (path === '/wiki/rest/api/space') return send(res, 'application/json', JSON.stringify({ results: [{ key: 'SHOP', name: 'Shop' }], size: 1 }));
  return false;
}

function send(res: ServerResponse, type: string, body: string): true {
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
  return true;
}
