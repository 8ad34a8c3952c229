import type { DemoIssue } from '../issues';
import { html, page } from './html';

/** A Jira-like page with none of the layouts the extension knows: the panel must float and say so. */
export function unknownLayoutPage(issue: DemoIssue): string {
  return page(
    `[${issue.key}] ${issue.summary}`,
    html``,
    html`<body><div class="future-jira"><h1 class="title">${issue.summary}</h1><p>${issue.description}</p></div></body>`,
  );
}
