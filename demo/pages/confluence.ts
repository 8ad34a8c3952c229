import { html, page, Raw } from './html';

/**
 * Confluence Cloud pages for the chips (lib/confluence), rebuilt from real rendered HTML
 * (../shared/reference/jira.md §2.2): the Jira issue macro, plain `/browse/` links, smart links
 * (inline cards), and things that look like issues but are not.
 */

/** The Jira issue macro as Confluence Cloud renders it (view mode, before Jira answered). */
function jiraMacro(origin: string, key: string): Raw {
  return html`<span class="confluence-jim-macro jira-issue conf-macro output-block" data-hasbody="false" data-jira-key="${key}" data-macro-name="jira"> <a href="${origin}/browse/${key}" class="jira-issue-key"><span class="aui-icon aui-icon-wait issue-placeholder"> </span>${key}</a> - <span class="summary">Getting issue details...</span> <span class="aui-lozenge aui-lozenge-subtle aui-lozenge-default issue-placeholder">STATUS</span> </span>`;
}

/** A smart link (inline card) with its inner link, as the Cloud renderer emits it. */
function smartLink(origin: string, key: string, title: string): Raw {
  return html`<span data-inline-card="true" data-card-url="${origin}/browse/${key}"><span class="loader-wrapper"><a href="${origin}/browse/${key}" data-testid="inline-card-resolved-view" class="smart-link">${key}: ${title}</a></span></span>`;
}

function shell(title: string, body: Raw, script: Raw = html``): string {
  return page(
    `${title} - Shop - Confluence`,
    html`<style>.ak-renderer-document{max-width:760px}.smart-link{background:#f1f2f4;border-radius:3px;padding:0 4px;text-decoration:none}.conf-macro .summary{color:#626f86}.aui-lozenge{font-size:11px;border:1px solid #b3b9c4;border-radius:3px;padding:0 4px;margin-left:4px}.editor{border:1px solid #b3b9c4;border-radius:4px;padding:8px 12px;min-height:200px}.comment-editor{border:1px dashed #b3b9c4;padding:8px;margin-top:16px}</style>`,
    html`<body><header class="topbar">Confluence <span class="demo-badge">demo</span></header><div class="app"><main id="main-content">${body}</main></div>${script}</body>`,
  );
}

export function sprintReviewContent(origin: string): Raw {
  return html`<div class="ak-renderer-document" data-testid="confluence-page-content">
      <h2>Stories we finished</h2>
      <p>One-step checkout: ${jiraMacro(origin, 'SHOP-1')}</p>
      <ul>
        <li>Card details on mobile: <a href="/browse/SHOP-2" data-testid="plain-link">SHOP-2</a> is still being discussed.</li>
        <li>Apple Pay: ${smartLink(origin, 'SHOP-3', 'Customers cannot pay with Apple Pay on iOS 18')}</li>
        <li>Not refined yet: <a href="${origin}/browse/SHOP-4">${origin}/browse/SHOP-4</a></li>
        <li>A macro with only a key: <span class="confluence-jim-macro jira-issue" data-jira-key="SHOP-5">SHOP-5</span></li>
      </ul>
      <h2>Not issues</h2>
      <p>We switched the export to UTF-8. <a href="/browse/not-a-key">A browse page without a key</a>, <a href="https://example.com/docs">the vendor's docs</a>.</p>
    </div>
    <div class="comment-editor" contenteditable="true" data-testid="comment-editor"><p>Draft comment about <a href="/browse/SHOP-1">SHOP-1</a></p></div>
    <p><a href="/wiki/spaces/SHOP/pages/edit-v2/123" id="edit-page" data-testid="edit-page">Edit</a></p>`;
}

/** `/wiki/spaces/SHOP/pages/123/Sprint+review`; "Edit" switches to the editor in the page, as Cloud does. */
export function confluenceViewPage(origin: string): string {
  // Raw: the editor's HTML goes into the script as a JSON string literal, with `<` escaped.
  const editor = new Raw(JSON.stringify(editorBody(origin).value).replace(/</g, '\\u003c'));
  const script = html`<script>
    document.getElementById('edit-page').addEventListener('click', function (event) {
      event.preventDefault();
      history.pushState({}, '', this.getAttribute('href'));
      document.getElementById('main-content').innerHTML = ${editor};
    });
  </script>`;
  return shell('Sprint review', html`<h1 id="title-text">Sprint review</h1>${sprintReviewContent(origin)}`, script);
}

function editorBody(origin: string): Raw {
  return html`<h1>Editing: Sprint review</h1><div class="editor ProseMirror" contenteditable="true" data-testid="confluence-editor"><p>One-step checkout: ${jiraMacro(origin, 'SHOP-1')}</p><p><a href="/browse/SHOP-2">SHOP-2</a> and ${smartLink(origin, 'SHOP-3', 'Apple Pay')}</p></div>`;
}

/** `/wiki/spaces/SHOP/pages/edit-v2/123`: the editor must get no chips. */
export function confluenceEditorPage(origin: string): string {
  return shell('Editing Sprint review', editorBody(origin));
}

/** A long page: more references than the chips' budget (lib/confluence MAX_CHIPS). */
export function confluenceLongPage(count: number): string {
  const rows = Array.from({ length: count }, (_, index) => html`<li><a href="/browse/BULK-${index + 1}">BULK-${index + 1}</a> release note</li>`);
  return shell('Release notes', html`<h1>Release notes</h1><div class="ak-renderer-document"><ul>${rows}</ul></div>`);
}
