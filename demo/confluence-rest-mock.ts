import type { IncomingMessage, ServerResponse } from 'node:http';

/** A page created through the mock, as Confluence keeps it. */
export interface MockPage {
  id: string;
  title: string;
  spaceKey: string;
  storage: string;
  headers: Record<string, string | undefined>;
}

/** Spaces the demo Confluence has; any other key answers 404 as Confluence Cloud does. */
const SPACES = new Set(['SHOP', 'TEAM']);

/**
 * Confluence's create-page endpoint (REST v1, `POST /wiki/rest/api/content`) for the demo and e2e:
 * checks what Atlassian's XSRF filter checks (a JSON content type), refuses unknown spaces and
 * taken titles like Confluence, and serves the created page at its `webui` address.
 */
export function createConfluenceRestMock(): { handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>; pages: MockPage[] } {
  const pages: MockPage[] = [];
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://demo');
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const view = /^\/wiki\/spaces\/(\w+)\/pages\/(9\d{4})(?:\/.*)?$/.exec(url.pathname);
    const created = view && pages.find((page) => page.id === view[2]);
    if (req.method === 'GET' && created) return send(res, 200, 'text/html', `<!doctype html><html lang="en"><title>${escape(created.title)}</title><main><h1 id="title-text">${escape(created.title)}</h1><pre>${escape(created.storage)}</pre></main></html>`);
    if (req.method !== 'POST' || url.pathname !== '/wiki/rest/api/content') return false;
    const text = await readBody(req);
    if (!String(req.headers['content-type']).startsWith('application/json')) return json(res, 415, { statusCode: 415, message: 'Unsupported Media Type' });
    if (text.length > 5_000_000) return json(res, 413, { statusCode: 413, message: 'Request is too large' });
    const body = JSON.parse(text) as { type?: string; title?: string; space?: { key?: string }; body?: { storage?: { value?: string; representation?: string } } };
    const spaceKey = body.space?.key ?? '';
    if (!SPACES.has(spaceKey)) return json(res, 404, { statusCode: 404, message: `No space with key : ${spaceKey}` });
    if (pages.some((page) => page.spaceKey === spaceKey && page.title === body.title)) {
      return json(res, 400, { statusCode: 400, message: 'A page with this title already exists: A page already exists with the same TITLE in this space' });
    }
    const page: MockPage = {
      id: String(90_000 + pages.length + 1),
      title: body.title ?? '',
      spaceKey,
      storage: body.body?.storage?.value ?? '',
      headers: { 'content-type': req.headers['content-type'], 'x-atlassian-token': req.headers['x-atlassian-token'] as string | undefined },
    };
    pages.push(page);
    const webui = `/spaces/${spaceKey}/pages/${page.id}/${encodeURIComponent(page.title.replace(/\s+/g, '+'))}`;
    return json(res, 200, { id: page.id, type: 'page', title: page.title, space: { key: spaceKey }, _links: { base: `${origin}/wiki`, webui } });
  }
  return { handle, pages };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): true {
  return send(res, status, 'application/json', JSON.stringify(body));
}

function send(res: ServerResponse, status: number, type: string, body: string): true {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
  return true;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
