import { DEMO_ISSUES, type DemoIssue } from '../issues';
import { html, page, type Raw, richText } from './html';

/**
 * Jira Cloud's issue view, rebuilt from the test ids third-party extensions rely on
 * (../shared/reference/jira.md §1.2, §1.3). Layout and class names are simplified; test ids are real.
 */
export function cloudIssueView(issue: DemoIssue, layout: 'full' | 'compact'): Raw {
  const header = html`<div id="jira-issue-header">
      <nav aria-label="Work item breadcrumbs" class="breadcrumbs">
        <a href="/jira/software/c/projects/SHOP/boards/1" data-spa>Projects / Shop</a> /
        <button data-testid="issue.views.issue-base.foundation.change-issue-type.button" aria-label="${issue.issueType} - Change work type"><img alt="${issue.issueType}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="16" height="16"></button>
        <div data-testid="issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container">
          <a data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item" href="/browse/${issue.key}">${issue.key}</a>
        </div>
      </nav>
    </div>`;
  const left = html`<div data-testid="issue.views.issue-details.issue-layout.container-left" class="issue-left">
      <h1 data-testid="issue.views.issue-base.foundation.summary.heading">${issue.summary}</h1>
      <h2 class="field-heading">Description</h2>
      <div data-testid="issue.views.field.rich-text.description"><div class="ak-renderer-document">${richText(issue.description)}</div></div>
    </div>`;
  const right = html`<div data-testid="issue.views.issue-details.issue-layout.container-right" class="issue-right">
      <div data-testid="issue.views.issue-base.foundation.status.status-field-wrapper">
        <button data-testid="issue-field-status.ui.status-view.status-button.status-button">${issue.status}</button>
      </div>
      <div data-testid="issue-view-layout-templates-views.ui.context.visible-hidden.ui.primary-items" class="details">
        <h3>Details</h3>
        <dl><dt>Assignee</dt><dd>Unassigned</dd><dt>Labels</dt><dd data-testid="issue.views.field.labels">${issue.labels.map((label) => html`<span data-testid="issue-field-labels.ui.label">${label}</span> `)}</dd></dl>
      </div>
    </div>`;
  if (layout === 'compact') {
    return html`<div data-testid="issue.views.issue-details.issue-layout.compact-layout" class="compact">${header}${left}</div>`;
  }
  return html`<div data-testid="issue.views.issue-details.issue-layout.issue-layout" class="issue-layout">${header}<div class="issue-columns">${left}${right}</div></div>`;
}

function sidebar(currentKey: string): Raw {
  const links = DEMO_ISSUES.filter((issue) => issue.key.startsWith('SHOP-')).map(
    (issue) => html`<li><a href="/browse/${issue.key}" data-spa ${issue.key === currentKey ? html`aria-current="page"` : ''}>${issue.key} ${issue.summary}</a></li>`,
  );
  return html`<nav class="project-nav" aria-label="Shop issues"><h2>Shop</h2><ul>${links}</ul>
    <p><a href="/jira/software/c/projects/SHOP/boards/1" data-spa>Board</a> · <a href="/jira/software/c/projects/SHOP/boards/1/backlog" data-spa>Backlog</a></p></nav>`;
}

function cloudShell(title: string, main: Raw): string {
  return page(
    title,
    html`<script src="/demo-assets/hotkeys.js" defer></script><script src="/demo-assets/spa.js" defer></script>`,
    html`<body id="jira"><div id="jira-frontend"><div data-testid="page-layout.root--skip-links-container"></div>
      <header class="topbar">Jira <span class="demo-badge">demo</span><span id="hotkey-log" data-testid="hotkey-log" aria-live="polite"></span></header>
      <div class="app">${main}</div></div></body>`,
    'data-color-mode="light"',
  );
}

export function cloudIssuePage(issue: DemoIssue): string {
  return cloudShell(`[${issue.key}] ${issue.summary} - Jira`, html`${sidebar(issue.key)}<main>${cloudIssueView(issue, 'full')}</main>`);
}

/** Board (modal on `?selectedIssue=`) or backlog (side panel), with a card per Shop issue. */
export function cloudBoardPage(view: 'board' | 'backlog', selected: DemoIssue | undefined, extraCards = 0): string {
  const cards = [...DEMO_ISSUES.filter((issue) => issue.key.startsWith('SHOP-')), ...fillerIssues(extraCards)].map(
    (issue) => html`<div data-testid="platform-board-kit.ui.card.card" id="card-${issue.key}" class="card">
        <a href="?selectedIssue=${issue.key}" data-spa data-testid="platform-card.common.ui.key.key">${issue.key}</a>
        <p>${issue.summary}</p></div>`,
  );
  let detail = html``;
  if (selected && view === 'board') {
    detail = html`<div data-testid="issue.views.issue-details.issue-modal.modal-dialog--positioner" class="modal-backdrop">
        <div role="dialog" aria-label="${selected.key}" data-testid="issue.views.issue-details.issue-modal.modal-dialog" class="modal">
          <button data-testid="issue-view-foundation.modal-close-button" data-close-modal>Close</button>
          ${cloudIssueView(selected, 'full')}</div></div>`;
  } else if (selected) {
    detail = html`<aside class="side-panel">${cloudIssueView(selected, 'compact')}</aside>`;
  }
  return cloudShell(
    `${view === 'board' ? 'Board' : 'Backlog'} - Shop - Jira`,
    html`${sidebar('')}<main class="board-main"><h1>${view === 'board' ? 'SHOP board' : 'SHOP backlog'}</h1>
      <div data-testid="platform-board-kit.ui.board.scroll.board-scroll" class="board">${cards}</div></main>${detail}`,
  );
}

/** `?cards=N` adds N plain cards, for measuring the extension on big boards. */
function fillerIssues(count: number): DemoIssue[] {
  return Array.from({ length: Math.min(count, 5_000) }, (_, index) => ({
    key: `BIG-${index + 1}`,
    summary: `Board filler card ${index + 1}`,
    description: '',
    issueType: 'Task',
    status: 'To Do',
    labels: [],
  }));
}
