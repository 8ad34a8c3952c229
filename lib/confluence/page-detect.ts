/**
 * Where the Confluence companion must not run: the editor. Chips inside an editable page could end
 * up in the page's content, so every editor route and every editable root is left alone.
 */

/** Editor paths as match-pattern paths, appended to a site's `scheme://host/contextPath` in `excludeMatches`. */
export const CONFLUENCE_EDITOR_PATHS = ['/*/pages/edit-v2/*', '/*/pages/edit/*', '/*resumedraft.action*', '/*editpage.action*', '/*createpage.action*'];

const EDITOR_ROUTES = [
  /\/pages\/(?:edit-v2|edit|edit-embed)\//, // Cloud editor: /wiki/spaces/KEY/pages/edit-v2/123
  /\/pages\/resumedraft\.action/, // Cloud and Data Center drafts
  /\/pages\/(?:editpage|createpage|editblogpost|createblogpost)\.action/, // Data Center editor
  /\/wiki\/create-content\//, // Cloud "create" flow
];

export function isConfluenceEditorUrl(url: URL): boolean {
  return EDITOR_ROUTES.some((route) => route.test(url.pathname));
}

/** Editable roots: ProseMirror (Cloud), TinyMCE (Data Center) and anything else marked editable. */
const EDITABLE = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], .ProseMirror, #wysiwygTextarea_ifr';

export function isInEditor(element: Element): boolean {
  return element.closest(EDITABLE) !== null;
}

