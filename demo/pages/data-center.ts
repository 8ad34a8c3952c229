import { DEMO_ISSUES, type DemoIssue } from '../issues';
import { html, page, richText } from './html';

/**
 * Jira Data Center's server-rendered issue page under the `/jira` context path, rebuilt from Jira's
 * soy templates and Atlassian's own page objects (../shared/reference/jira.md §1.4).
 */
export function dataCenterIssuePage(issue: DemoIssue): string {
  const others = DEMO_ISSUES.filter((other) => other.key.startsWith('PAY-')).map(
    (other) => html`<li><a href="/jira/browse/${other.key}">${other.key} ${other.summary}</a></li>`,
  );
  return page(
    `[${issue.key}] ${issue.summary} - Demo Jira`,
    html`<meta name="ajs-context-path" content="/jira"><meta name="ajs-issue-key" content="${issue.key}"><script src="/demo-assets/hotkeys.js" defer></script>`,
    html`<body id="jira" class="aui-layout aui-theme-default page-type-issue"><div id="page">
      <header id="header" class="aui-header">Jira Data Center <span class="demo-badge">demo</span><span id="hotkey-log" data-testid="hotkey-log"></span></header>
      <div id="content"><div class="issue-view">
        <div class="issue-header-content">
          <ol class="aui-nav aui-nav-breadcrumbs"><li><a id="project-name-val" href="/jira/browse/PAY">Payments</a></li>
            <li><a class="issue-link" id="key-val" rel="10001" href="/jira/browse/${issue.key}">${issue.key}</a></li></ol>
          <h1 id="summary-val">${issue.summary}</h1>
        </div>
        <div class="issue-body-content"><div class="aui-group issue-body">
          <div class="aui-item issue-main-column">
            <div id="details-module" class="module"><h4>Details</h4><ul id="issuedetails" class="property-list">
              <li><strong>Type:</strong> <span id="type-val" class="value"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="16" height="16"> ${issue.issueType}</span></li>
              <li><strong>Status:</strong> <span id="status-val" class="value"><span class="jira-issue-status-lozenge">${issue.status}</span></span></li>
              <li><strong>Labels:</strong> <div id="labels-val" class="value"><div class="labels">${issue.labels.map((label) => html`<a class="lozenge" href="#"><span>${label}</span></a> `)}</div></div></li>
            </ul></div>
            <div id="descriptionmodule" class="module"><h4>Description</h4><div id="description-val" class="field-ignore-highlight"><div class="user-content-block">${richText(issue.description)}</div></div></div>
          </div>
          <div id="viewissuesidebar" class="aui-item issue-side-column">
            <div id="peoplemodule" class="module"><h4>People</h4><p>Assignee: Unassigned</p></div>
            <div id="other-issues" class="module"><h4>Payments</h4><ul>${others}</ul></div>
          </div>
        </div></div>
      </div></div></div></body>`,
  );
}
