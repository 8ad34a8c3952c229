import { describe, expect, it } from 'vitest';
import { readIssueFields, summaryFromTitle } from '@/lib/jira/dom-fields';
import { detectFlavour } from '@/lib/jira/flavour';
import { detectIssueContext } from '@/lib/jira/issue-context';
import { findPlacement } from '@/lib/jira/placement';
import { parseIssueRoute } from '@/lib/jira/issue-route';

function documentOf(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const CLOUD_PAGE = `<div id="jira-frontend">
  <div id="jira-issue-header">
    <button data-testid="issue.views.issue-base.foundation.change-issue-type.button" aria-label="Story - Change work type"><img alt="Story"></button>
    <a data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item" href="/browse/SHOP-1">SHOP-1</a>
  </div>
  <h1 data-testid="issue.views.issue-base.foundation.summary.heading">  Save a card
    for checkout </h1>
  <div data-test-id="issue.views.field.rich-text.description"><div class="ak-renderer-document"><h2>Why</h2><p>Shoppers retype cards.</p><ul><li><p>One</p></li><li><p>Two</p></li></ul><script>evil()</script></div></div>
  <div data-testid="issue.views.issue-details.issue-layout.container-right">
    <button data-testid="issue-field-status.ui.status-view.status-button.status-button">In Progress</button>
    <span data-testid="issue-field-labels.ui.label">checkout</span><span data-testid="issue-field-labels.ui.label">mobile</span>
  </div>
</div>`;

const DC_PAGE = `<div id="page"><a id="key-val" href="/jira/browse/PAY-1">PAY-1</a><h1 id="summary-val">Refund approvals</h1>
  <span id="type-val"><img alt=""> Story</span><span id="status-val"><span>Open</span></span>
  <div id="labels-val"><div class="labels"><a class="lozenge"><span>refunds</span></a></div></div>
  <div id="description-val"><div class="user-content-block"><p>As a finance admin…</p></div></div>
  <div id="viewissuesidebar"><div id="peoplemodule"></div></div></div>`;

describe('detectIssueContext', () => {
  it('reads a Cloud issue page', () => {
    const context = detectIssueContext(new URL('https://acme.atlassian.net/browse/SHOP-1'), documentOf(CLOUD_PAGE));
    expect(context).toEqual({
      key: 'SHOP-1', view: 'browse', contextPath: '', flavour: 'cloud', origin: 'https://acme.atlassian.net', site: 'https://acme.atlassian.net',
    });
  });

  it('takes the Data Center context path from the page’s meta tag', () => {
    const doc = documentOf(DC_PAGE, '<meta name="ajs-context-path" content="/jira">');
    const context = detectIssueContext(new URL('https://acme.com/jira/browse/PAY-1'), doc);
    expect(context).toMatchObject({ flavour: 'datacenter', contextPath: '/jira', site: 'https://acme.com/jira' });
  });

  it('ignores a context path meta tag that is not a path', () => {
    const doc = documentOf(DC_PAGE, '<meta name="ajs-context-path" content="javascript:alert(1)">');
    expect(detectIssueContext(new URL('https://acme.com/jira/browse/PAY-1'), doc)?.contextPath).toBe('/jira');
  });

  it('returns null for pages without an issue', () => {
    expect(detectIssueContext(new URL('https://acme.atlassian.net/jira/your-work'), documentOf(CLOUD_PAGE))).toBeNull();
  });
});

describe('detectFlavour', () => {
  it.each([
    ['cloud', 'https://jira.acme.com/browse/A-1', '<div id="jira-frontend"></div>'],
    ['cloud', 'https://acme.atlassian.net/browse/A-1', ''],
    ['datacenter', 'https://jira.acme.com/browse/A-1', '<div id="page"></div>'],
    ['unknown', 'https://jira.acme.com/browse/A-1', '<main></main>'],
  ] as const)('%s for %s with %s', (expected, url, body) => {
    expect(detectFlavour(new URL(url), documentOf(body))).toBe(expected);
  });
});

describe('readIssueFields', () => {
  it('reads Cloud fields with both test-id spellings, keeping paragraphs apart and scripts out', () => {
    expect(readIssueFields(documentOf(CLOUD_PAGE), 'cloud', 'SHOP-1')).toEqual({
      summary: 'Save a card for checkout',
      description: 'Why\nShoppers retype cards.\nOne\nTwo',
      issueType: 'Story',
      status: 'In Progress',
      labels: ['checkout', 'mobile'],
    });
  });

  it('reads Data Center fields', () => {
    expect(readIssueFields(documentOf(DC_PAGE), 'datacenter', 'PAY-1')).toEqual({
      summary: 'Refund approvals',
      description: 'As a finance admin…',
      issueType: 'Story',
      status: 'Open',
      labels: ['refunds'],
    });
  });

  it('reads nothing while the page still shows another issue', () => {
    expect(readIssueFields(documentOf(CLOUD_PAGE), 'cloud', 'SHOP-2').summary).toBeNull();
  });

  it('gives null, never an exception, for an empty page', () => {
    expect(readIssueFields(documentOf(''), 'unknown', 'X-1')).toEqual({
      summary: null, description: null, issueType: null, status: null, labels: [],
    });
  });

  it('caps huge descriptions', () => {
    const huge = `<div id="page"><div id="description-val"><p>${'a'.repeat(300_000)}</p></div></div>`;
    expect(readIssueFields(documentOf(huge), 'datacenter', 'X-1').description!.length).toBeLessThanOrEqual(100_000);
  });
});

describe('findPlacement', () => {
  const route = (url: string) => parseIssueRoute(new URL(url))!;

  it.each([
    ['Cloud full page: top of the right column', 'https://a.atlassian.net/browse/A-1', CLOUD_PAGE, 'cloud', 'container-right', 'prepend'],
    ['Data Center: top of the sidebar', 'https://a.com/jira/browse/A-1', DC_PAGE, 'datacenter', 'viewissuesidebar', 'prepend'],
    [
      'Cloud modal: its own right column, not the page’s',
      'https://a.atlassian.net/jira/software/c/projects/A/boards/1?selectedIssue=A-1',
      `<div data-testid="issue.views.issue-details.issue-layout.container-right" id="page-column"></div>
       <div data-testid="issue.views.issue-details.issue-modal.modal-dialog"><div data-testid="issue.views.issue-details.issue-layout.container-right" id="modal-column"></div></div>`,
      'cloud', 'modal-column', 'prepend',
    ],
    [
      'Cloud side panel: after the header',
      'https://a.atlassian.net/jira/software/c/projects/A/boards/1/backlog?selectedIssue=A-1',
      `<div data-testid="issue.views.issue-details.issue-layout.compact-layout"><div id="jira-issue-header"></div></div>`,
      'cloud', 'jira-issue-header', 'after',
    ],
    [
      'Data Center board detail view',
      'https://a.com/jira/secure/RapidBoard.jspa?rapidView=1&selectedIssue=A-1',
      `<div id="ghx-detail-view"><div id="ghx-detail-head"></div></div>`,
      'datacenter', 'ghx-detail-view', 'prepend',
    ],
  ] as const)('%s', (_label, url, body, flavour, anchor, where) => {
    const placement = findPlacement(documentOf(body), route(url), flavour);
    expect(placement?.where).toBe(where);
    const element = placement!.anchor;
    expect(element.id === anchor || element.getAttribute('data-testid')?.endsWith(anchor)).toBe(true);
  });

  it.each([
    ['issue-view-layout-templates-views.ui.context.visible-hidden.ui.primary-items', 'data-testid'],
    ['issue.views.issue-base.context.context-items.primary-items', 'data-test-id'],
  ])('falls back to the field group %s when the right column has no known id', (id, attribute) => {
    const doc = documentOf(`<div id="jira-frontend"><div class="right"><div ${attribute}="${id}" id="fields"></div></div></div>`);
    const placement = findPlacement(doc, route('https://a.atlassian.net/browse/A-1'), 'cloud');
    expect(placement).toEqual({ anchor: doc.getElementById('fields'), where: 'prepend' });
  });

  it('prefers the whole right column to a field group inside it', () => {
    const doc = documentOf(
      `<div data-testid="issue.views.issue-details.issue-layout.container-right" id="column"><div data-testid="issue-view-layout-templates-views.ui.context.visible-hidden.ui.primary-items"></div></div>`,
    );
    expect(findPlacement(doc, route('https://a.atlassian.net/browse/A-1'), 'cloud')?.anchor.id).toBe('column');
  });

  it('finds nothing on a board whose issue is not open yet, or on an unknown layout', () => {
    expect(findPlacement(documentOf('<div class="board"></div>'), route('https://a.atlassian.net/jira/software/c/projects/A/boards/1?selectedIssue=A-1'), 'cloud')).toBeNull();
    expect(findPlacement(documentOf('<main><h1>A-1</h1></main>'), route('https://a.com/browse/A-1'), 'unknown')).toBeNull();
  });
});

describe('summaryFromTitle', () => {
  it.each([
    ['[SHOP-1] Save a card - Jira', 'SHOP-1', 'Save a card'],
    ['[SHOP-1] Pay - in one step - Acme Jira', 'SHOP-1', 'Pay - in one step'],
    ['[SHOP-1] Only a summary', 'SHOP-1', 'Only a summary'],
    ['[SHOP-2] Another issue - Jira', 'SHOP-1', null],
    ['Dashboard - Jira', 'SHOP-1', null],
    ['[SHOP-1]  - Jira', 'SHOP-1', null],
  ])('%s', (title, key, expected) => {
    expect(summaryFromTitle(title, key)).toBe(expected);
  });

  it('is the summary on a page whose layout is unknown', () => {
    const doc = documentOf('<main><h2>Something</h2></main>', '<title>[LAB-1] Try the panel - Jira</title>');
    expect(readIssueFields(doc, 'unknown', 'LAB-1').summary).toBe('Try the panel');
  });
});
