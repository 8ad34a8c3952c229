import { afterEach } from 'vitest';
import { startJiraRestMock, type RunningJiraRestMock } from '@/demo/jira-rest-mock-server';
import type { JiraRestMockOptions, MockIssue } from '@/demo/jira-rest-mock';
import { createJiraClient, type JiraClient } from '@/lib/jira-rest/client';

export const ISSUES: MockIssue[] = [
  {
    key: 'SHOP-1',
    summary: 'Save a card for one-step checkout',
    description:
      'As a returning shopper I want to save my card so that I can check out in one step.\n\n## Evidence\n- Completion rises from 61% to 70%.',
    issueType: 'Story',
    status: 'To Do',
    labels: ['checkout'],
  },
  { key: 'SHOP-2', summary: 'Improve the checkout page', description: '', issueType: 'Task', status: 'Done', labels: [] },
];

export interface Harness {
  running: RunningJiraRestMock;
  client: JiraClient;
  /** Every wait the client asked for, in ms (the fake sleep returns at once). */
  sleeps: number[];
}

const open: RunningJiraRestMock[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((running) => running.close()));
});

/** A mock on 127.0.0.1 and a client talking to it over real HTTP with Node's fetch. */
export async function startHarness(options: Partial<JiraRestMockOptions> = {}): Promise<Harness> {
  const flavour = options.flavour ?? 'cloud';
  const running = await startJiraRestMock({ issues: ISSUES, ...options, flavour });
  open.push(running);
  const sleeps: number[] = [];
  const client = createJiraClient({
    origin: running.origin,
    contextPath: options.contextPath ?? '',
    flavour,
    fetch: (input, init) => fetch(input, init),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { running, client, sleeps };
}
