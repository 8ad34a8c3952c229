// Public surface of the Jira REST client (issue 6). UI code imports from '@/lib/jira-rest'.
export { adfToText } from './adf-to-text';
export { createJiraClient, normalizeContextPath } from './client';
export type { CallOptions, JiraClient, JiraClientOptions, JiraUser } from './client';
export { JiraRestError, jiraErrorMessage, toJiraRestError } from './errors';
export type { JiraErrorKind, JiraErrorState, Locale } from './errors';
export { apiVersion } from './flavour';
export type { JiraFlavour } from './flavour';
export type { JiraIssue } from './issue';
export { listJqlSuggestions, suggestJql } from './jql';
export type { JqlSuggestion } from './jql';
export type { FetchLike, Sleep } from './request';
export type { SearchOptions, SearchPage, SearchProgress } from './search';
export {
  PROPERTY_VALUE_MAX_CHARS,
  SHARED_ANSWER_PROPERTY_KEY,
  UNCLEAR_LABEL,
  sharedAnswerSchema,
} from './shared-answer';
export type { SharedAnswer, SharedAnswerRead, SharedBy } from './shared-answer';
export { wikiToText } from './wiki-to-text';
export { mapInChunks, yieldToMain } from './yield';
