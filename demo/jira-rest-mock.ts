import { readFileSync, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A mock Jira REST API (Cloud v3/v2 or Data Center v2, optionally under a context path) for tests,
 * the bench and the demo. It follows reference/jira.md §3: get issue with `fields`/`properties`,
 * entity properties (32768-character limit), label edits via `update`, Cloud `search/jql` with
 * `nextPageToken` (ids only unless `fields` is given; legacy `/search` answers 410), DC `/search`
 * with `startAt`, `/myself`, and Jira's XSRF rule for writes. Every request is recorded, and
 * `failNext` makes the next matching request(s) fail the way real Jira, proxies and networks do.
 */

/** An issue the mock serves. Description is plain text: blank lines split paragraphs, `## ` starts a heading, `- ` a list item (as in demo/issues.ts). */
export interface MockIssue {
  key: string;
  summary: string;
  description: string;
  issueType: string;
  status: string;
  labels: string[];
}

export type MockFault =
  | { type: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: 'rate-limit'; retryAfterSeconds?: number }
  /** An HTML page instead of JSON: a login page (default status 200) or a proxy error (e.g. 502). */
  | { type: 'html'; status?: number }
  /** The connection is closed without an answer. */
  | { type: 'drop' };

export interface RecordedRequest {
  method: string;
  /** Full path as received, including any context path, without the query. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
}

export interface JiraRestMockOptions {
  flavour: 'cloud' | 'datacenter';
  /** Data Center context path such as `/jira`. @default '' */
  contextPath?: string;
  /** Issues served and searched. @default [] */
  issues?: MockIssue[];
  /** Adds N synthetic issues (`BENCH-1`…), for the bench. @default 0 */
  generate?: number;
  /** Serve the real get-issue fixtures (BTS-1, FOO-123, SAMPLEPROJECT-1, TEST-1, ED-1). @default true */
  fixtures?: boolean;
  /** Where the fixtures are. @default ../../shared/fixtures/jira-rest from this file */
  fixturesDir?: string;
  /** Body of `GET /myself`. @default a Cloud or DC user */
  myself?: Record<string, unknown>;
  /** When false, writes fail as for a user without "Edit issues". @default true */
  canEdit?: boolean;
  /** Delay before every answer. @default 0 */
  latencyMs?: number;
}

export interface JiraRestMock {
  (req: IncomingMessage, res: ServerResponse): boolean;
  readonly requests: RecordedRequest[];
  /** Fail the next `times` requests (that match `when`) with `fault`. */
  failNext(fault: MockFault, options?: { times?: number; when?: (request: RecordedRequest) => boolean }): void;
  issue(key: string): MockIssue | undefined;
  properties(key: string): Record<string, unknown>;
  setCanEdit(canEdit: boolean): void;
  /** Forget recorded requests and pending faults. */
  reset(): void;
}

const PROPERTY_MAX_CHARS = 32_768;
const MAX_PAGE = 100;
const ALL_FIELDS = ['summary', 'description', 'issuetype', 'labels', 'status'];
const DEFAULT_FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/jira-rest');
const FIXTURE_ISSUES: Record<string, { v2?: string; v3?: string }> = {
  'BTS-1': { v3: 'atlascode-cloud-v3-get-issue-BTS-1.json', v2: 'atlascode-dc-v2-get-issue-BTS-1.json' },
  'FOO-123': { v2: 'atlassian-python-api-cloud-v2-get-issue-FOO-123.json' },
  'SAMPLEPROJECT-1': { v2: 'jira-ruby-server-v2-get-issue-10002.json' },
  'TEST-1': { v3: 'jira-cli-cloud-v3-get-issue-adf.json', v2: 'jira-cli-v2-get-issue-plain-description.json' },
  'ED-1': { v3: 'cloud-v3-openapi-example-get-issue.json' },
};
const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>Log in - Jira</title></head><body><form id="login-form" action="/login.jsp"></form></body></html>';
const ERROR_TEXT: Record<number, string> = {
  400: 'Bad request.',
  401: 'You are not authenticated. Authentication required to perform this operation.',
  403: 'You do not have permission to perform this operation.',
  404: 'Issue does not exist or you do not have permission to see it.',
  410: 'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.',
  500: 'Internal server error.',
};

/* ---------- plain text → ADF (v3) and wiki markup (v2) ---------- */

type Block = { kind: 'heading'; level: number; text: string } | { kind: 'list'; items: string[] } | { kind: 'paragraph'; lines: string[] };

function parsePlain(description: string): Block[] {
  const blocks: Block[] = [];
  for (const line of description.replace(/\r\n?/g, '\n').split('\n')) {
    const last = blocks.at(-1);
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (line.trim() === '') blocks.push({ kind: 'paragraph', lines: [] });
    else if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    else if (line.startsWith('- ') && last?.kind === 'list') last.items.push(line.slice(2));
    else if (line.startsWith('- ')) blocks.push({ kind: 'list', items: [line.slice(2)] });
    else if (last?.kind === 'paragraph') last.lines.push(line);
    else blocks.push({ kind: 'paragraph', lines: [line] });
  }
  return blocks.filter((block) => block.kind !== 'paragraph' || block.lines.length > 0);
}

export function plainToAdf(description: string): object | null {
  if (description.trim() === '') return null;
  const text = (value: string): object => ({ type: 'text', text: value });
  const content = parsePlain(description).map((block) => {
    if (block.kind === 'heading') return { type: 'heading', attrs: { level: block.level }, content: [text(block.text)] };
    if (block.kind === 'list') {
      return { type: 'bulletList', content: block.items.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(item)] }] })) };
    }
    const inline = block.lines.flatMap((line, index) => (index === 0 ? [text(line)] : [{ type: 'hardBreak' }, text(line)]));
    return { type: 'paragraph', content: inline };
  });
  return { type: 'doc', version: 1, content };
}

export function plainToWiki(description: string): string | null {
  if (description.trim() === '') return null;
  return parsePlain(description)
    .map((block) => {
      if (block.kind === 'heading') return `h${block.level}. ${block.text}`;
      if (block.kind === 'list') return block.items.map((item) => `* ${item}`).join('\n');
      return block.lines.join('\n');
    })
    .join('\n\n');
}

/** N synthetic issues with realistic-length descriptions, every third one without a stated benefit. */
export function generateMockIssues(count: number, projectKey = 'BENCH'): MockIssue[] {
  return Array.from({ length: count }, (_unused, index) => {
    const n = index + 1;
    const clear = n % 3 !== 0;
    const story = clear
      ? `As a support agent in team ${n % 7} I want the ticket history on one screen so that I answer customers within 2 minutes.`
      : `Refactor module ${n} and update the dependencies.`;
    return {
      key: `${projectKey}-${n}`,
      summary: `Generated issue ${n}`,
      description: `${story}\n\n## Details\n- Step one for item ${n}\n- Step two\n\n${'Background notes. '.repeat(20)}`,
      issueType: n % 5 === 0 ? 'Bug' : 'Story',
      status: ['To Do', 'In Progress', 'Done'][n % 3]!,
      labels: n % 4 === 0 ? ['backend'] : [],
    };
  });
}

/* ---------- the handler ---------- */

interface Route {
  version: string;
  rest: string;
  url: URL;
  request: RecordedRequest;
  origin: string;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function statusCategory(status: string): string {
  if (/done|closed|resolved/i.test(status)) return 'done';
  if (/progress|review/i.test(status)) return 'indeterminate';
  return 'new';
}

function errorBody(status: number, message = ERROR_TEXT[status] ?? `HTTP ${status}`): object {
  return { errorMessages: [message], errors: {} };
}

function encodeToken(offset: number, jql: string): string {
  return Buffer.from(JSON.stringify({ offset, jql })).toString('base64url');
}

function decodeToken(token: string, jql: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown; jql?: unknown };
    return typeof parsed.offset === 'number' && parsed.jql === jql ? parsed.offset : undefined;
  } catch {
    return undefined;
  }
}

/** Just enough JQL for tests: project, key and labels clauses; everything else matches all. */
function matchesJql(issue: MockIssue, jql: string): boolean {
  const project = /project\s*=\s*"?([A-Z][A-Z0-9_]*)"?/i.exec(jql)?.[1];
  if (project !== undefined && !issue.key.startsWith(`${project.toUpperCase()}-`)) return false;
  const label = /labels\s*=\s*"?([\w-]+)"?/i.exec(jql)?.[1];
  if (label !== undefined && !issue.labels.includes(label)) return false;
  const keys = /key\s+in\s*\(([^)]*)\)/i.exec(jql)?.[1];
  if (keys !== undefined && !keys.split(',').map((key) => key.trim().replace(/"/g, '')).includes(issue.key)) return false;
  return true;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function createJiraRestMock(options: JiraRestMockOptions): JiraRestMock {
  const contextPath = (options.contextPath ?? '').replace(/\/+$/, '');
  const issues = new Map<string, MockIssue>();
  for (const issue of [...(options.issues ?? []), ...generateMockIssues(options.generate ?? 0)]) {
    issues.set(issue.key, { ...issue, labels: [...issue.labels] });
  }
  const fixtures = new Map<string, Record<string, unknown>>();
  const fixturesDir = options.fixturesDir ?? DEFAULT_FIXTURES_DIR;
  if (options.fixtures !== false && existsSync(fixturesDir)) {
    for (const [key, files] of Object.entries(FIXTURE_ISSUES)) {
      for (const [version, file] of Object.entries(files)) {
        fixtures.set(`${version}:${key}`, JSON.parse(readFileSync(resolve(fixturesDir, file), 'utf8')) as Record<string, unknown>);
      }
    }
  }
  const properties = new Map<string, Record<string, unknown>>();
  const requests: RecordedRequest[] = [];
  let faults: Array<{ fault: MockFault; times: number; when?: (request: RecordedRequest) => boolean }> = [];
  let canEdit = options.canEdit ?? true;
  const myself =
    options.myself ??
    (options.flavour === 'cloud'
      ? { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Mia Krystof', active: true, timeZone: 'Europe/Warsaw' }
      : { name: 'mia', key: 'JIRAUSER10100', displayName: 'Mia Krystof', active: true });

  function propertiesOf(key: string): Record<string, unknown> {
    let bag = properties.get(key);
    if (bag === undefined) properties.set(key, (bag = {}));
    return bag;
  }

  function fixtureIssue(key: string, version: string): Record<string, unknown> | undefined {
    return fixtures.get(`v${version === '3' ? '3' : '2'}:${key}`) ?? fixtures.get(`v${version === '3' ? '2' : '3'}:${key}`);
  }

  function exists(key: string): boolean {
    return issues.has(key) || fixtureIssue(key, '2') !== undefined;
  }

  function issueJson(issue: MockIssue, route: Route, fieldsParam: string | undefined, propertyKeys: string[]): object {
    const id = String(10_000 + Number(issue.key.split('-')[1] ?? 0));
    const wanted = fieldsParam === undefined || /\*all|\*navigable/.test(fieldsParam) ? ALL_FIELDS : fieldsParam.split(',');
    const all: Record<string, unknown> = {
      summary: issue.summary,
      description: route.version === '3' ? plainToAdf(issue.description) : plainToWiki(issue.description),
      issuetype: { id: '10001', name: issue.issueType, subtask: false },
      labels: [...issue.labels],
      status: { name: issue.status, statusCategory: { key: statusCategory(issue.status) } },
    };
    const fields = Object.fromEntries(Object.entries(all).filter(([name]) => wanted.includes(name)));
    const bag = properties.get(issue.key) ?? {};
    const inline = Object.fromEntries(propertyKeys.filter((key) => key in bag).map((key) => [key, bag[key]]));
    return {
      id,
      self: `${route.origin}${contextPath}/rest/api/${route.version}/issue/${id}`,
      key: issue.key,
      fields,
      ...(propertyKeys.length > 0 ? { properties: inline } : {}),
    };
  }

  function getIssue(route: Route, key: string): Answer {
    const propertyKeys = (route.url.searchParams.get('properties') ?? '').split(',').filter(Boolean);
    const issue = issues.get(key);
    if (issue) return { status: 200, body: issueJson(issue, route, route.url.searchParams.get('fields') ?? undefined, propertyKeys) };
    const fixture = fixtureIssue(key, route.version);
    if (!fixture) return { status: 404, body: errorBody(404) };
    const bag = properties.get(key) ?? {};
    const inline = Object.fromEntries(propertyKeys.filter((name) => name in bag).map((name) => [name, bag[name]]));
    return { status: 200, body: { ...fixture, ...(propertyKeys.length > 0 ? { properties: inline } : {}) } };
  }

  function editIssue(key: string, body: unknown): Answer {
    if (!exists(key)) return { status: 404, body: errorBody(404) };
    if (!canEdit) {
      // Jira's answer when the field is not on the edit screen for this user (§3.5).
      return { status: 400, body: { errorMessages: [], errors: { labels: "Field 'labels' cannot be set. It is not on the appropriate screen, or unknown." } } };
    }
    const operations = (body as { update?: { labels?: Array<Record<string, string>> } } | undefined)?.update?.labels;
    const fields = (body as { fields?: { labels?: string[] } } | undefined)?.fields?.labels;
    const issue = issues.get(key);
    const fixtureFields = (fixtureIssue(key, '3') ?? fixtureIssue(key, '2'))?.fields as { labels?: string[] } | undefined;
    let labels = issue?.labels ?? fixtureFields?.labels ?? [];
    if (fields !== undefined) labels = [...fields];
    for (const operation of operations ?? []) {
      if (operation.add !== undefined && !labels.includes(operation.add)) labels = [...labels, operation.add];
      if (operation.remove !== undefined) labels = labels.filter((label) => label !== operation.remove);
      if (operation.set !== undefined) labels = [operation.set];
    }
    if (issue) issue.labels = labels;
    else if (fixtureFields) fixtureFields.labels = labels;
    return { status: 204 };
  }

  function property(route: Route, method: string, key: string, name: string | undefined, rawBody: string): Answer {
    if (!exists(key)) return { status: 404, body: errorBody(404) };
    const bag = propertiesOf(key);
    const self = (prop: string): string => `${route.origin}${contextPath}/rest/api/${route.version}/issue/${key}/properties/${prop}`;
    if (name === undefined) return { status: 200, body: { keys: Object.keys(bag).map((prop) => ({ key: prop, self: self(prop) })) } };
    if (method === 'GET') {
      return name in bag ? { status: 200, body: { key: name, value: bag[name] } } : { status: 404, body: errorBody(404, `The property with key '${name}' does not exist.`) };
    }
    if (!canEdit) return { status: 403, body: errorBody(403) };
    if (method === 'DELETE') return delete bag[name] ? { status: 204 } : { status: 404, body: errorBody(404) };
    if (rawBody.length > PROPERTY_MAX_CHARS) return { status: 400, body: errorBody(400, `The property value has exceeded the maximum length of ${PROPERTY_MAX_CHARS} characters.`) };
    const value = parseBody(rawBody);
    if (value === undefined || typeof value === 'string') return { status: 400, body: errorBody(400, 'The property value must be a valid, non-empty JSON blob.') };
    const created = !(name in bag);
    bag[name] = value;
    return { status: created ? 201 : 200 };
  }

  function search(route: Route): Answer {
    const params = route.url.searchParams;
    const jql = params.get('jql') ?? '';
    const size = Math.min(Number(params.get('maxResults') ?? 50) || 50, MAX_PAGE);
    const propertyKeys = (params.get('properties') ?? '').split(',').filter(Boolean);
    const matching = [...issues.values()].filter((issue) => matchesJql(issue, jql));
    const fieldsParam = params.get('fields') ?? undefined;
    if (route.rest === '/search/jql') {
      if (jql.trim() === '' || /^\s*order\s+by/i.test(jql)) return { status: 400, body: errorBody(400, 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.') };
      const token = params.get('nextPageToken');
      const offset = token === null ? 0 : decodeToken(token, jql);
      if (offset === undefined) return { status: 400, body: errorBody(400, 'The provided next page token is invalid or expired.') };
      const page = matching.slice(offset, offset + size);
      const isLast = offset + size >= matching.length;
      const rendered = page.map((issue) =>
        fieldsParam === undefined ? { id: String(10_000 + Number(issue.key.split('-')[1])) } : issueJson(issue, route, fieldsParam, propertyKeys),
      );
      return { status: 200, body: { issues: rendered, isLast, ...(isLast ? {} : { nextPageToken: encodeToken(offset + size, jql) }) } };
    }
    const startAt = Math.max(0, Number(params.get('startAt') ?? 0) || 0);
    const page = matching.slice(startAt, startAt + size).map((issue) => issueJson(issue, route, fieldsParam, propertyKeys));
    return { status: 200, body: { expand: 'schema,names', startAt, maxResults: size, total: matching.length, issues: page } };
  }

  function route(route: Route, method: string, rawBody: string): Answer {
    const { rest, version } = route;
    if (options.flavour === 'datacenter' && version === '3') return { status: 404, body: errorBody(404, `null for uri: ${route.url.pathname}`) };
    const issueMatch = /^\/issue\/([^/]+)(?:\/properties(?:\/([^/]+))?)?$/.exec(rest);
    if (issueMatch) {
      const key = decodeURIComponent(issueMatch[1]!).toUpperCase();
      const isProperty = rest.includes('/properties');
      if (isProperty) return property(route, method, key, issueMatch[2] === undefined ? undefined : decodeURIComponent(issueMatch[2]), rawBody);
      if (method === 'GET') return getIssue(route, key);
      if (method === 'PUT') return editIssue(key, parseBody(rawBody));
    }
    if (rest === '/search/jql' && options.flavour === 'cloud' && method === 'GET') return search(route);
    if (rest === '/search' && options.flavour === 'cloud') return { status: 410, body: errorBody(410) };
    if (rest === '/search' && method === 'GET') return search(route);
    if (rest === '/myself' && method === 'GET') return { status: 200, body: myself };
    return { status: 404, body: errorBody(404, `null for uri: ${route.url.pathname}`) };
  }

  /** Jira's XSRF filter: writes need a JSON content type or `X-Atlassian-Token: no-check` (§3.4). */
  function xsrfRejected(request: RecordedRequest): boolean {
    if (!['POST', 'PUT', 'DELETE', 'PATCH'].includes(request.method)) return false;
    if (request.headers['x-atlassian-token'] === 'no-check') return false;
    const type = request.headers['content-type'] ?? '';
    return type === '' || /x-www-form-urlencoded|multipart\/form-data|text\/plain/i.test(type);
  }

  function takeFault(request: RecordedRequest): MockFault | undefined {
    const entry = faults.find((candidate) => candidate.times > 0 && (candidate.when?.(request) ?? true));
    if (!entry) return undefined;
    entry.times -= 1;
    faults = faults.filter((candidate) => candidate.times > 0);
    return entry.fault;
  }

  function send(res: ServerResponse, answer: Answer): void {
    const hasBody = answer.body !== undefined;
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      ...(hasBody && typeof answer.body !== 'string' ? { 'Content-Type': 'application/json;charset=UTF-8' } : {}),
      ...answer.headers,
    });
    res.end(hasBody ? text : undefined);
  }

  function faultAnswer(fault: Exclude<MockFault, { type: 'drop' }>): Answer {
    if (fault.type === 'html') return { status: fault.status ?? 200, body: LOGIN_PAGE, headers: { 'Content-Type': 'text/html;charset=UTF-8' } };
    if (fault.type === 'rate-limit') {
      return { status: 429, body: errorBody(429, 'Rate limit exceeded.'), ...(fault.retryAfterSeconds === undefined ? {} : { headers: { 'Retry-After': String(fault.retryAfterSeconds) } }) };
    }
    return { status: fault.status, body: fault.body ?? errorBody(fault.status), ...(fault.headers ? { headers: fault.headers } : {}) };
  }

  async function respond(req: IncomingMessage, res: ServerResponse, url: URL, match: RegExpExecArray): Promise<void> {
    const rawBody = await readBody(req);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
    const request: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body: parseBody(rawBody) };
    requests.push(request);
    if (options.latencyMs) await new Promise((done) => setTimeout(done, options.latencyMs));
    const fault = takeFault(request);
    if (fault?.type === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault) return send(res, faultAnswer(fault));
    if (xsrfRejected(request)) return send(res, { status: 403, body: 'XSRF check failed', headers: { 'Content-Type': 'text/plain' } });
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    send(res, route({ version: match[1] === 'latest' ? '2' : match[1]!, rest: match[2] ?? '', url, request, origin }, request.method, rawBody));
  }

  const handler = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://mock');
    if (!url.pathname.startsWith(`${contextPath}/rest/`)) return false;
    const match = /^\/rest\/api\/(2|3|latest)(\/.*)?$/.exec(url.pathname.slice(contextPath.length));
    if (!match) {
      send(res, { status: 404, body: errorBody(404, `null for uri: ${url.pathname}`) });
      return true;
    }
    respond(req, res, url, match).catch((error: unknown) => send(res, { status: 500, body: errorBody(500, String(error)) }));
    return true;
  };

  return Object.assign(handler, {
    requests,
    failNext(fault: MockFault, { times = 1, when }: { times?: number; when?: (request: RecordedRequest) => boolean } = {}): void {
      faults.push({ fault, times, ...(when ? { when } : {}) });
    },
    issue: (key: string) => issues.get(key),
    properties: (key: string) => ({ ...properties.get(key) }),
    setCanEdit(value: boolean): void {
      canEdit = value;
    },
    reset(): void {
      requests.length = 0;
      faults = [];
    },
  });
}
