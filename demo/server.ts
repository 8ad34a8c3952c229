import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveConfluence } from './confluence-routes';
import { createConfluenceRestMock } from './confluence-rest-mock';
import { DEMO_ISSUES, findDemoIssue } from './issues';
import { createJiraRestMock } from './jira-rest-mock';
import { cloudBoardPage, cloudIssuePage } from './pages/cloud';
import { dataCenterIssuePage } from './pages/data-center';
import { html, page } from './pages/html';
import { unknownLayoutPage } from './pages/unknown';

/** Handles a request it knows (returns true) or leaves it to the next handler (false). */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface DemoJira {
  origin: string;
  close(): Promise<void>;
}

const ASSETS = new URL('./assets/', import.meta.url);
const ASSET_TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css' };

/**
 * The demo Jira: Cloud issue pages (`/browse/SHOP-1`), a Cloud board and backlog with
 * `?selectedIssue=`, Data Center pages under `/jira`, and an unrecognised layout (`/browse/LAB-1`).
 */
export async function startDemoJira(options: { port?: number; host?: string; extra?: RequestHandler[] } = {}): Promise<DemoJira> {
  const handlers: RequestHandler[] = [...(options.extra ?? []), ...demoRestApis(), createConfluenceRestMock().handle, serveConfluence, servePage];
  const server = createServer((req, res) => {
    void handle(handlers, req, res).catch((error: unknown) => send(res, 500, 'text/plain', String(error)));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // browsers keep connections alive; close() alone would wait for them
      }),
  };
}

/** Jira REST for the demo issues: Cloud (v3 and v2) at the root, Data Center (v2) under `/jira`. */
function demoRestApis(): RequestHandler[] {
  return [
    createJiraRestMock({ flavour: 'cloud', issues: DEMO_ISSUES, fixtures: false }),
    createJiraRestMock({ flavour: 'datacenter', contextPath: '/jira', issues: DEMO_ISSUES, fixtures: false }),
  ];
}

async function handle(handlers: RequestHandler[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  for (const handler of handlers) if (await handler(req, res)) return;
  send(res, 404, 'text/html', page('Not found', html``, html`<body><h1>Not found</h1><p><a href="/">Demo issues</a></p></body>`));
}

async function servePage(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://demo');
  const path = url.pathname;
  const asset = /^\/demo-assets\/([\w-]+)\.(js|css)$/.exec(path);
  if (asset) {
    send(res, 200, ASSET_TYPES[asset[2]!]!, await readFile(new URL(`${asset[1]}.${asset[2]}`, ASSETS), 'utf8'));
    return true;
  }
  if (path === '/') return send(res, 200, 'text/html', indexPage());
  const cloud = /^\/browse\/([A-Z][A-Z0-9_]*-\d+)$/.exec(path);
  const cloudIssue = cloud && findDemoIssue(cloud[1]!);
  if (cloudIssue?.key.startsWith('LAB-')) return send(res, 200, 'text/html', unknownLayoutPage(cloudIssue));
  if (cloudIssue?.key.startsWith('SHOP-')) return send(res, 200, 'text/html', cloudIssuePage(cloudIssue));
  const dc = /^\/jira\/browse\/([A-Z][A-Z0-9_]*-\d+)$/.exec(path);
  const dcIssue = dc && findDemoIssue(dc[1]!);
  if (dcIssue?.key.startsWith('PAY-')) return send(res, 200, 'text/html', dataCenterIssuePage(dcIssue));
  const board = /^\/jira\/software\/c\/projects\/SHOP\/boards\/1(\/backlog)?\/?$/.exec(path);
  if (board) {
    const selected = findDemoIssue(url.searchParams.get('selectedIssue') ?? '');
    const extraCards = Number(url.searchParams.get('cards') ?? 0) || 0;
    return send(res, 200, 'text/html', cloudBoardPage(board[1] ? 'backlog' : 'board', selected, extraCards));
  }
  return false;
}

function send(res: ServerResponse, status: number, type: string, body: string): true {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
  return true;
}

function indexPage(): string {
  const links: [string, string][] = [
    ['/browse/SHOP-1', 'Jira Cloud issue page: a story with a clear benefit'],
    ['/browse/SHOP-2', 'Jira Cloud issue page: a vague benefit'],
    ['/jira/software/c/projects/SHOP/boards/1?selectedIssue=SHOP-3', 'Jira Cloud board with an issue in a modal'],
    ['/jira/software/c/projects/SHOP/boards/1/backlog?selectedIssue=SHOP-4', 'Jira Cloud backlog with an issue in the side panel'],
    ['/jira/browse/PAY-1', 'Jira Data Center issue page under /jira'],
    ['/browse/LAB-1', 'A layout the extension does not recognise'],
  ];
  return page(
    'Demo Jira',
    html``,
    html`<body><main><h1>Demo Jira for Customer Benefit Check</h1><ul>${links.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}</ul></main></body>`,
  );
}

// `tsx demo/server.ts [--port N]` serves the demo on its own.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 8123;
  const demo = await startDemoJira({ port });
  console.log(`Demo Jira on ${demo.origin} (${fileURLToPath(ASSETS)})`);
}
