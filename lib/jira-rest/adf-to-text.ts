/**
 * Atlassian Document Format (Cloud `/rest/api/3` descriptions) to plain text for the analyzer.
 * Covers every node type of the official schema (fixtures/jira-rest/adf-schema-full.v1.json, checked
 * by tests/lib/jira-rest/adf-to-text.test.ts) and never throws: real documents are not always valid
 * (atlascode's BTS-1 puts `mediaSingle` inside a `paragraph`), and unknown nodes keep their text.
 *
 * Output shape, shared with wiki-to-text.ts so both flavours read alike: top-level blocks separated
 * by a blank line, nested blocks by a newline, list items as `- ` / `1. ` / `[ ] `, table rows as
 * cells joined with ` | `. Marks (bold, links, colours…) are dropped; only the text counts.
 */

interface AdfNode {
  type: string;
  text?: unknown;
  attrs?: Record<string, unknown>;
  content?: unknown;
}

type Handler = (node: AdfNode, depth: number) => string;

/** Deeper documents are cut off rather than risk a stack overflow on hostile input. */
const MAX_DEPTH = 64;

function isNode(value: unknown): value is AdfNode {
  return typeof value === 'object' && value !== null && typeof (value as AdfNode).type === 'string';
}

function children(node: AdfNode): AdfNode[] {
  return Array.isArray(node.content) ? node.content.filter(isNode) : [];
}

function attr(node: AdfNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function render(node: AdfNode, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  const handler = Object.hasOwn(HANDLERS, node.type) ? HANDLERS[node.type] : undefined;
  return (handler ?? renderUnknown)(node, depth);
}

/** Unknown or future node: its own text, else its children, so nothing readable is lost. */
function renderUnknown(node: AdfNode, depth: number): string {
  if (typeof node.text === 'string') return node.text;
  return blocks(node, depth, '\n');
}

/** Inline nodes that stand for a thing (a link card, a person…); they get spaces around them. */
const ATOMS = new Set(['inlineCard', 'mention', 'emoji', 'date', 'status', 'mediaInline', 'inlineExtension']);

function inline(node: AdfNode, depth: number): string {
  let text = '';
  let previousWasAtom = false;
  for (const child of children(node)) {
    const part = render(child, depth + 1);
    const isAtom = ATOMS.has(child.type);
    const needsSpace = (isAtom || previousWasAtom) && /\S$/.test(text) && /^\S/.test(part);
    text += (needsSpace ? ' ' : '') + part;
    previousWasAtom = isAtom;
  }
  return text;
}

function blocks(node: AdfNode, depth: number, separator: string): string {
  return children(node)
    .map((child) => render(child, depth + 1))
    .filter((text) => text.trim() !== '')
    .join(separator);
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join('\n');
}

function list(node: AdfNode, depth: number, marker: (index: number) => string): string {
  return children(node)
    .map((item, index) => {
      const prefix = marker(index);
      return prefixLines(render(item, depth + 1), prefix, ' '.repeat(prefix.length));
    })
    .join('\n');
}

function taskMarker(node: AdfNode): string {
  return attr(node, 'state') === 'DONE' ? '[x] ' : '[ ] ';
}

function titled(node: AdfNode, depth: number): string {
  return [attr(node, 'title'), blocks(node, depth, '\n')].filter((part) => part !== '').join('\n');
}

function cardUrl(node: AdfNode): string {
  const data = node.attrs?.data;
  if (typeof data === 'object' && data !== null) {
    const { url, name } = data as Record<string, unknown>;
    if (typeof name === 'string') return name;
    if (typeof url === 'string') return url;
  }
  return attr(node, 'url');
}

function date(node: AdfNode): string {
  const timestamp = Number(attr(node, 'timestamp'));
  return Number.isFinite(timestamp) && attr(node, 'timestamp') !== ''
    ? new Date(timestamp).toISOString().slice(0, 10)
    : '';
}

function blockSeparated(node: AdfNode, depth: number): string {
  return blocks(node, depth, '\n');
}

const nothing: Handler = () => '';

/** One entry per node type in the ADF schema. Exported so the test can compare with the schema. */
export const HANDLERS: Record<string, Handler> = {
  doc: (node, depth) => blocks(node, depth, '\n\n'),
  text: (node) => (typeof node.text === 'string' ? node.text : ''),
  hardBreak: () => '\n',
  paragraph: inline,
  heading: inline,
  caption: inline,
  blockquote: blockSeparated,
  panel: blockSeparated,
  codeBlock: inline,
  rule: nothing,
  bulletList: (node, depth) => list(node, depth, () => '- '),
  orderedList: (node, depth) => {
    const start = Number(node.attrs?.order ?? 1);
    const first = Number.isFinite(start) ? start : 1;
    return list(node, depth, (index) => `${first + index}. `);
  },
  listItem: blockSeparated,
  taskList: (node, depth) => blocks(node, depth, '\n'),
  taskItem: (node, depth) => taskMarker(node) + inline(node, depth),
  blockTaskItem: (node, depth) => prefixLines(blocks(node, depth, '\n'), taskMarker(node), '    '),
  decisionList: (node, depth) => blocks(node, depth, '\n'),
  decisionItem: (node, depth) => `- ${inline(node, depth)}`,
  expand: titled,
  nestedExpand: titled,
  layoutSection: (node, depth) => blocks(node, depth, '\n\n'),
  layoutColumn: blockSeparated,
  table: (node, depth) => blocks(node, depth, '\n'),
  tableRow: (node, depth) =>
    children(node)
      .map((cell) => render(cell, depth + 1).replace(/\s*\n\s*/g, ' '))
      .join(' | '),
  tableHeader: blockSeparated,
  tableCell: blockSeparated,
  mention: (node) => attr(node, 'text') || '@user',
  emoji: (node) => attr(node, 'text') || attr(node, 'shortName'),
  date,
  status: (node) => attr(node, 'text'),
  inlineCard: cardUrl,
  blockCard: cardUrl,
  embedCard: cardUrl,
  // Attachments carry no text; an alt text is the best the description offers.
  media: (node) => attr(node, 'alt'),
  mediaInline: (node) => attr(node, 'alt'),
  mediaSingle: blockSeparated,
  mediaGroup: blockSeparated,
  // A placeholder is the editor's hint for an empty template slot, not something the author wrote.
  placeholder: nothing,
  extension: (node) => attr(node, 'text'),
  inlineExtension: (node) => attr(node, 'text'),
  bodiedExtension: blockSeparated,
  // A syncBlock only points at content stored elsewhere; the bodied variant carries it inline.
  syncBlock: nothing,
  bodiedSyncBlock: blockSeparated,
};

/** Plain text of an ADF document, '' for null or anything that is not a node. */
export function adfToText(doc: unknown): string {
  if (!isNode(doc)) return '';
  return render(doc, 0)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
