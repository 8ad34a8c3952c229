/**
 * Jira's DOM, as third-party extensions have seen it; sources in ../shared/reference/jira.md.
 * Atlassian emitted `data-test-id` in older builds and `data-testid` now, so every test id is matched
 * in both spellings.
 */
export function testId(id: string): string {
  return `[data-testid="${id}"], [data-test-id="${id}"]`;
}

export const cloud = {
  root: '#jira-frontend',
  summary: testId('issue.views.issue-base.foundation.summary.heading'),
  description: [
    testId('issue.views.field.rich-text.description'), // rendered description (its .ak-renderer-document holds the text)
  ].join(', '),
  issueType: testId('issue.views.issue-base.foundation.change-issue-type.button'),
  status: [
    testId('issue-field-status.ui.status-view.status-button.status-button'),
    testId('issue.views.issue-base.foundation.status.status-field-wrapper'),
  ].join(', '),
  labels: testId('issue-field-labels.ui.label'),
  /** The issue in a board's side panel or modal, where the page behind shows other issues. */
  issueContainers: [
    testId('issue.views.issue-details.issue-modal.modal-dialog'), // board/backlog modal
    testId('issue.views.issue-details.issue-layout.compact-layout'), // board side panel
    '#ghx-detail-view', // pre-2017 Cloud board detail view
  ].join(', '),
  /**
   * Top of the right-hand (context) column: the panel's home on the full page and in the modal.
   * Listed outermost first; querySelector takes the first in document order, so an ancestor wins.
   */
  rightColumn: [
    testId('issue.views.issue-details.issue-layout.container-right'), // current layout
    testId('issue-view-layout-templates-views.ui.context.visible-hidden.ui.primary-items'), // field groups of the current layout, when the column's own id drifts
    testId('issue.views.issue-base.context.context-items.primary-items'), // older layout
  ].join(', '),
  /** In the compact side panel, which has no right column, the panel follows the header. */
  compactHeader: '#jira-issue-header',
};

export const dataCenter = {
  root: '#page',
  contextPathMeta: 'meta[name="ajs-context-path"]',
  summary: '#summary-val',
  description: '#description-val .user-content-block, #description-val',
  issueType: '#type-val',
  status: '#status-val',
  labels: '#labels-val .labels a, #labels-val .lozenge',
  issueContainers: '#ghx-detail-view', // agile board detail view
  sidebar: '#viewissuesidebar',
};
