import { describe, expect, it } from 'vitest';
import { listJqlSuggestions } from '@/lib/jira-rest/jql';
import { editJql, initialJqlState, jqlProblem, jqlToRun, selectSuggestion } from '@/lib/sprint-check/jql-state';

describe('JQL editing', () => {
  const suggestions = listJqlSuggestions('https://acme.atlassian.net/jira/software/c/projects/SHOP/boards/1', 'cloud');

  it('starts with the page’s best suggestion, or empty and custom when there is none', () => {
    const state = initialJqlState(suggestions);
    expect(state.selected).toBe(0);
    expect(state.text).toBe('project = "SHOP" AND sprint in openSprints() ORDER BY Rank ASC');
    expect(initialJqlState([])).toEqual({ suggestions: [], selected: 'custom', text: '' });
  });

  it('selects a suggestion, becomes custom when edited, and finds the suggestion again', () => {
    let state = selectSuggestion(initialJqlState(suggestions), 1);
    expect(state.text).toContain('futureSprints()');
    state = editJql(state, 'project = SHOP AND labels = checkout');
    expect(state.selected).toBe('custom');
    state = editJql(state, `  ${suggestions[0]!.jql}\n`);
    expect(state.selected).toBe(0);
    expect(selectSuggestion(state, 'custom')).toMatchObject({ selected: 'custom', text: state.text });
    expect(selectSuggestion(state, 9)).toBe(state);
  });

  it.each([
    ['empty', ''],
    ['empty', '  \n '],
    ['unbounded', 'ORDER BY created DESC'],
    ['too-long', `project = SHOP AND text ~ "${'x'.repeat(4_000)}"`],
    [null, 'project = SHOP ORDER BY Rank'],
  ] as const)('problem %s for %j', (problem, text) => {
    expect(jqlProblem(text)).toBe(problem);
    expect(jqlToRun({ suggestions: [], selected: 'custom', text })).toBe(problem === null ? text.trim() : null);
  });
});
