import type { JiraIssue } from '@/lib/jira-rest/issue';

export const ISSUE_MESSAGE = 'cbc:get-issue-data';

/** What the panel asks the background for: the issue as Jira's REST API has it. */
export interface IssueDataRequest {
  type: typeof ISSUE_MESSAGE;
  origin: string;
  contextPath: string;
  flavour: 'cloud' | 'datacenter' | 'unknown';
  key: string;
}

export type IssueDataReply =
  | { ok: true; issue: JiraIssue }
  | { ok: false; kind: string; message: { en: string; pl: string } };
