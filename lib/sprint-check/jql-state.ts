import type { JqlSuggestion } from '@/lib/jira-rest/jql';
import { MAX_JQL_LENGTH } from './protocol';

/**
 * The JQL the user is about to check: one of the page's suggestions (current sprint, backlog, this
 * search) or their own edit of it. Editing the text back to a suggestion selects it again.
 */
export interface JqlState {
  suggestions: readonly JqlSuggestion[];
  /** Index into `suggestions`, or 'custom' once the text is the user's own. */
  selected: number | 'custom';
  text: string;
}

export type JqlProblem = 'empty' | 'too-long' | 'unbounded';

export function initialJqlState(suggestions: readonly JqlSuggestion[]): JqlState {
  const first = suggestions[0];
  return first ? { suggestions, selected: 0, text: first.jql } : { suggestions, selected: 'custom', text: '' };
}

export function selectSuggestion(state: JqlState, selected: number | 'custom'): JqlState {
  if (selected === 'custom') return { ...state, selected };
  const suggestion = state.suggestions[selected];
  return suggestion ? { ...state, selected, text: suggestion.jql } : state;
}

export function editJql(state: JqlState, text: string): JqlState {
  const index = state.suggestions.findIndex((suggestion) => suggestion.jql === text.trim());
  return { ...state, text, selected: index >= 0 ? index : 'custom' };
}

/**
 * Why the text cannot be checked, or null. Cloud's search/jql refuses a query with only an ORDER BY
 * ("unbounded", reference/jira.md §3.3); saying so here saves a round trip.
 */
export function jqlProblem(text: string): JqlProblem | null {
  const jql = text.trim();
  if (jql === '') return 'empty';
  if (jql.length > MAX_JQL_LENGTH) return 'too-long';
  if (/^order\s+by\b/i.test(jql)) return 'unbounded';
  return null;
}

/** The JQL to send, or null while there is a problem. */
export function jqlToRun(state: JqlState): string | null {
  return jqlProblem(state.text) === null ? state.text.trim() : null;
}
