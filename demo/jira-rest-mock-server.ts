import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createJiraRestMock, type JiraRestMock, type JiraRestMockOptions } from './jira-rest-mock';

export interface RunningJiraRestMock {
  /** `http://127.0.0.1:<port>`: pass as the client's `origin`. */
  origin: string;
  mock: JiraRestMock;
  close(): Promise<void>;
}

/** The mock alone on 127.0.0.1 and a free port (tests, bench). Non-REST paths answer 404. */
export async function startJiraRestMock(options: JiraRestMockOptions): Promise<RunningJiraRestMock> {
  const mock = createJiraRestMock(options);
  const server = createServer((req, res) => {
    if (mock(req, res)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not a REST path');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    mock,
    close: () =>
      new Promise((resolve) => {
        // fetch keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

// `tsx demo/jira-rest-mock-server.ts [--flavour cloud|datacenter] [--context-path /jira] [--generate N]`
// prints `JIRA_REST_MOCK <origin>` once listening (the bench runs it in a child process this way).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const running = await startJiraRestMock({
    flavour: flag('flavour') === 'datacenter' ? 'datacenter' : 'cloud',
    contextPath: flag('context-path') ?? '',
    generate: Number(flag('generate') ?? 0),
    latencyMs: Number(flag('latency') ?? 0),
  });
  console.log(`JIRA_REST_MOCK ${running.origin}`);
}
