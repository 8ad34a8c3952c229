import { adfToText } from './adf-to-text';
import type { RawIssue } from './schemas';
import { readSharedAnswer, type SharedAnswer } from './shared-answer';
import { wikiToText } from './wiki-to-text';

/** Fields the extension reads; Cloud's search/jql returns only ids unless told (§3.3). */
export const ISSUE_FIELDS = ['summary', 'description', 'issuetype', 'labels', 'status'] as const;

export interface JiraIssue {
  key: string;
  id?: string;
  summary: string;
  /** Plain text of the description, '' when there is none. */
  descriptionText: string;
  /** What Jira sent: ADF (v3), wiki markup (v2), a bare string on v3 (seen in Atlassian's own examples). */
  descriptionFormat: 'adf' | 'wiki' | 'plain' | 'none';
  issueType: string;
  labels: string[];
  status: string;
  /** Jira's status category key: 'new' | 'indeterminate' | 'done' (others possible). */
  statusCategory?: string;
  sharedAnswer?: SharedAnswer;
  /** Set when the shared-answer property exists but fails validation (so the panel can say so). */
  sharedAnswerInvalid?: string;
}

function describe(description: unknown, apiVersion: '2' | '3'): Pick<JiraIssue, 'descriptionText' | 'descriptionFormat'> {
  if (typeof description === 'string') {
    return apiVersion === '2'
      ? { descriptionText: wikiToText(description), descriptionFormat: 'wiki' }
      : { descriptionText: description.trim(), descriptionFormat: 'plain' };
  }
  if (typeof description === 'object' && description !== null) {
    return { descriptionText: adfToText(description), descriptionFormat: 'adf' };
  }
  return { descriptionText: '', descriptionFormat: 'none' };
}

export function toJiraIssue(raw: RawIssue, apiVersion: '2' | '3'): JiraIssue {
  const fields = raw.fields ?? {};
  const shared = readSharedAnswer(raw.properties);
  const statusCategory = fields.status?.statusCategory?.key;
  return {
    key: raw.key,
    ...(raw.id === undefined ? {} : { id: raw.id }),
    summary: fields.summary ?? '',
    ...describe(fields.description, apiVersion),
    issueType: fields.issuetype?.name ?? '',
    labels: fields.labels ?? [],
    status: fields.status?.name ?? '',
    ...(statusCategory === undefined ? {} : { statusCategory }),
    ...(shared.status === 'valid' ? { sharedAnswer: shared.answer } : {}),
    ...(shared.status === 'invalid' ? { sharedAnswerInvalid: shared.detail } : {}),
  };
}
