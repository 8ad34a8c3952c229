/** Longest description the panel reads from the page; longer text is cut (the analyzer caps too). */
export const MAX_TEXT_LENGTH = 100_000;

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TR', 'TABLE', 'BLOCKQUOTE', 'BR', 'HR', 'SECTION',
]);

/**
 * Plain text of rendered rich text with a line break between blocks. `textContent` would glue
 * paragraphs together ("WhyCustomers…"), and `innerText` forces a layout on Jira's page.
 */
export function blockText(root: Node, max = MAX_TEXT_LENGTH): string {
  const parts: string[] = [];
  let length = 0;
  const doc = root.ownerDocument ?? (root as Document);
  // 0x1 | 0x4: elements and text; a rejected element's subtree is skipped.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, { acceptNode: skipHidden });
  for (let node = walker.nextNode(); node && length < max; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
    } else if (BLOCK_TAGS.has((node as Element).tagName)) {
      parts.push('\n');
      length += 1;
    }
  }
  return tidy(parts.join('')).slice(0, max);
}

const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function skipHidden(node: Node): number {
  return node.nodeType === 1 && HIDDEN_TAGS.has((node as Element).tagName) ? 2 : 1; // FILTER_REJECT : FILTER_ACCEPT
}

/** One line of text: collapsed white space, for summaries, types and statuses. */
export function lineText(element: Element | null): string | null {
  if (!element) return null;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, 1000);
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n+/g, '\n') // nested blocks (li > p) open several lines at once
    .trim();
}
