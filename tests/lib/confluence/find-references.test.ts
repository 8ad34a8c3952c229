import { beforeEach, describe, expect, it } from 'vitest';
import { findReferences, jiraIssueOfUrl } from '@/lib/confluence/find-references';
import { isConfluenceEditorUrl } from '@/lib/confluence/page-detect';

const PAGE = 'https://acme.atlassian.net/wiki/spaces/SHOP/pages/123/Sprint+review';

function refs(html: string, limit = 500) {
  document.body.innerHTML = html;
  return findReferences(document.body, PAGE, new WeakSet(), limit).map(({ key, site, kind }) => ({ key, site, kind }));
}

describe('jiraIssueOfUrl', () => {
  it.each([
    [{ key: 'SHOP-1', site: 'https://acme.atlassian.net' }, 'https://acme.atlassian.net/browse/SHOP-1'],
    [{ key: 'SHOP-1', site: 'https://acme.atlassian.net' }, '/browse/SHOP-1?focusedCommentId=2#c'],
    [{ key: 'PAY-12', site: 'https://tools.acme.com/jira' }, 'https://tools.acme.com/jira/browse/PAY-12'],
    [{ key: 'A_B2-3', site: 'http://jira:8080' }, 'http://jira:8080/browse/A_B2-3/'],
    [null, 'https://acme.atlassian.net/browse/shop-1'],
    [null, 'https://acme.atlassian.net/browse/UTF-8x'],
    [null, 'https://acme.atlassian.net/browse/'],
    [null, 'https://acme.atlassian.net/browse/SHOP-1/comments'],
    [null, 'javascript:alert(1)//browse/SHOP-1'],
    [null, 'mailto:x@y.z?subject=/browse/SHOP-1'],
  ])('%o for %s', (expected, href) => {
    expect(jiraIssueOfUrl(href, PAGE)).toEqual(expected);
  });
});

describe('findReferences', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds macros, links and smart links once each, in document order', () => {
    expect(
      refs(`
        <span class="confluence-jim-macro jira-issue" data-jira-key="SHOP-1"><a href="https://acme.atlassian.net/browse/SHOP-1" class="jira-issue-key">SHOP-1</a> - <span class="summary">…</span></span>
        <a href="/browse/SHOP-2">SHOP-2</a>
        <span data-inline-card="true" data-card-url="https://acme.atlassian.net/browse/SHOP-3"><a href="https://acme.atlassian.net/browse/SHOP-3">SHOP-3</a></span>
        <a href="https://tools.acme.com/jira/browse/PAY-1">PAY-1</a>`),
    ).toEqual([
      { key: 'SHOP-1', site: 'https://acme.atlassian.net', kind: 'macro' },
      { key: 'SHOP-2', site: 'https://acme.atlassian.net', kind: 'link' },
      { key: 'SHOP-3', site: 'https://acme.atlassian.net', kind: 'smart-link' },
      { key: 'PAY-1', site: 'https://tools.acme.com/jira', kind: 'link' },
    ]);
  });

  it('a macro with a key only belongs to the page’s own site (Cloud Jira and Confluence share it)', () => {
    expect(refs('<span class="confluence-jim-macro" data-jira-key="SHOP-5">SHOP-5</span>')).toEqual([
      { key: 'SHOP-5', site: 'https://acme.atlassian.net', kind: 'macro' },
    ]);
  });

  it('a macro without data-jira-key takes the key from its link; Atlassian’s nested macro markup counts once', () => {
    expect(
      refs(`<div data-macro-name="jira"><span class="jira-issue-macro" data-jira-key="ED-1"><a href="https://product-fabric.atlassian.net/browse/ED-1" class="jira-issue-macro-key issue-link">ED-1</a></span></div>
            <span class="confluence-jim-macro"><a href="https://tools.acme.com/jira/browse/OPS-9">OPS-9</a></span>`),
    ).toEqual([
      { key: 'ED-1', site: 'https://product-fabric.atlassian.net', kind: 'macro' },
      { key: 'OPS-9', site: 'https://tools.acme.com/jira', kind: 'macro' },
    ]);
  });

  it('ignores look-alikes, editable regions and its own chips', () => {
    expect(
      refs(`<p>UTF-8 and ISO-9001</p><a href="/browse/not-a-key">x</a><span data-jira-key="lower-1"></span>
            <div contenteditable="true"><a href="/browse/SHOP-1">SHOP-1</a></div>
            <div class="ProseMirror"><span data-jira-key="SHOP-2"></span></div>
            <cbc-benefit-chip data-cbc-chip="link"><a href="/browse/SHOP-3">x</a></cbc-benefit-chip>`),
    ).toEqual([]);
  });

  it('stops at the limit and does not find the same node twice', () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<a href="/browse/BULK-${i + 1}">x</a>`).join('');
    const seen = new WeakSet<Element>();
    expect(findReferences(document.body, PAGE, seen, 10).map((ref) => ref.key)).toEqual(Array.from({ length: 10 }, (_, i) => `BULK-${i + 1}`));
    expect(findReferences(document.body, PAGE, seen, 100)).toHaveLength(20);
    expect(findReferences(document.body, PAGE, seen, 100)).toHaveLength(0);
  });
});

describe('isConfluenceEditorUrl', () => {
  it.each([
    [true, 'https://acme.atlassian.net/wiki/spaces/SHOP/pages/edit-v2/123'],
    [true, 'https://acme.atlassian.net/wiki/spaces/SHOP/pages/edit-v2/123?draftShareId=x'],
    [true, 'https://acme.atlassian.net/wiki/pages/resumedraft.action?draftId=1'],
    [true, 'https://wiki.acme.com/pages/editpage.action?pageId=1'],
    [true, 'https://wiki.acme.com/confluence/pages/createpage.action?spaceKey=X'],
    [false, 'https://acme.atlassian.net/wiki/spaces/SHOP/pages/123/Sprint+review'],
    [false, 'https://wiki.acme.com/display/SHOP/Sprint+review'],
    [false, 'https://wiki.acme.com/pages/viewpage.action?pageId=1'],
  ])('%s for %s', (expected, url) => {
    expect(isConfluenceEditorUrl(new URL(url))).toBe(expected);
  });
});
