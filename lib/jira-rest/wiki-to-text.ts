/**
 * Jira wiki markup (Data Center `/rest/api/2` descriptions) to plain text for the analyzer, in the
 * same shape adf-to-text.ts produces: paragraphs separated by a blank line, list items as `- ` or
 * `1. ` indented two spaces per level, table rows as cells joined with ` | `, formatting dropped.
 * Markup reference: https://jira.atlassian.com/secure/WikiRendererHelpAction.jspa?section=all
 * Lenient by design: anything that is not recognised markup stays as written.
 */

/** Block macros whose content is verbatim: no markup inside is interpreted. */
const VERBATIM = /\{(code|noformat)(?::[^}]*)?\}([\s\S]*?)\{\1\}/g;
/** Any other macro tag, `{panel:title=Why|borderStyle=dashed}`, `{color:red}`, `{quote}`, `{anchor:x}`. */
const MACRO = /(?<!\{)\{([a-zA-Z]+)(?::([^}]*))?\}(?!\})/g;
/** Macros that open or close a block; the rest (`{color}`, `{anchor}`…) sit inside a line. */
const BLOCK_MACROS = new Set(['panel', 'note', 'info', 'tip', 'warning', 'quote', 'expand', 'section', 'column']);
const HEADING = /^\s*h[1-6]\.\s+/;
const QUOTE_LINE = /^\s*bq\.\s+/;
const LIST_ITEM = /^\s*([*#-]+)\s+(.*)$/;
const RULE = /^\s*-{4,}\s*$/;
const TABLE_ROW = /^\s*\|/;
const EFFECT_MARKERS = ['\\*', '_', '-', '\\+', '\\^', '~', '\\?\\?'];
const EFFECTS = EFFECT_MARKERS.map(
  (marker) => new RegExp(`(^|[^\\w])${marker}(?=\\S)(.+?)(?<=\\S)${marker}(?=$|[^\\w])`, 'g'),
);
const PLACEHOLDER = /\u0000(\d+)\u0000/g;

function macroTitle(params: string | undefined): string {
  const title = params?.split('|').find((param) => param.startsWith('title='));
  return title === undefined ? '' : `${title.slice('title='.length)}\n`;
}

function inlineText(line: string): string {
  // Escaped characters (`\*`) are parked first so no markup rule can consume them.
  const escaped: string[] = [];
  let text = line
    .replace(/\\\\/g, '\n')
    .replace(/\\([^\s\\])/g, (_match, char: string) => `\uE000${escaped.push(char) - 1}\uE001`)
    .replace(/\{\{(.+?)\}\}/g, '$1')
    .replace(/\[~([^\]]+)\]/g, '@$1')
    .replace(/\[\^([^\]]+)\]/g, '$1')
    .replace(/\[([^\][|]*)\|([^\]]*)\]/g, (_match, alias: string, target: string) => alias.trim() || target)
    .replace(/\[((?:https?|mailto|file):[^\]]*|#[^\]]*)\]/g, '$1')
    .replace(/!([^\s!][^!\n]*?(?:\.[a-zA-Z]{3,4}|:\/\/[^!\n|]*))(?:\|[^!\n]*)?!/g, '');
  for (const effect of EFFECTS) text = text.replace(effect, '$1$2');
  return text.replace(/ {2,}/g, ' ').replace(/\uE000(\d+)\uE001/g, (_match, index: string) => escaped[Number(index)] ?? '');
}

function tableRow(line: string): string {
  return line
    .replace(/\|\|/g, '|')
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell, index, cells) => !(cell === '' && (index === 0 || index === cells.length - 1)))
    .join(' | ');
}

/** Counts `#` items per nesting level; a level restarts when its list type changes. */
class ListNumbering {
  private levels: Array<{ ordered: boolean; count: number }> = [];

  marker(markers: string): string {
    const depth = markers.length;
    const ordered = markers.endsWith('#');
    this.levels.length = depth;
    const level = this.levels[depth - 1];
    const count = level !== undefined && level.ordered === ordered ? level.count + 1 : 1;
    this.levels[depth - 1] = { ordered, count };
    return '  '.repeat(depth - 1) + (ordered ? `${count}. ` : '- ');
  }

  reset(): void {
    this.levels = [];
  }
}

function convertLine(line: string, numbering: ListNumbering): string {
  if (RULE.test(line)) return '';
  const item = LIST_ITEM.exec(line);
  if (item !== null) return numbering.marker(item[1]!) + inlineText(item[2]!);
  numbering.reset();
  if (HEADING.test(line)) return inlineText(line.replace(HEADING, ''));
  if (QUOTE_LINE.test(line)) return inlineText(line.replace(QUOTE_LINE, ''));
  const text = inlineText(line);
  return TABLE_ROW.test(line) ? tableRow(text) : text;
}

/** Plain text of a wiki-markup description, '' for null or non-strings. */
export function wikiToText(markup: unknown): string {
  if (typeof markup !== 'string') return '';
  const verbatim: string[] = [];
  const withoutCode = markup
    .replace(/\r\n?/g, '\n')
    .replace(VERBATIM, (_match, _name: string, body: string) => {
      verbatim.push(body.replace(/^\n+|\n+$/g, ''));
      return `\n\u0000${verbatim.length - 1}\u0000\n`;
    })
    .replace(MACRO, (_match, name: string, params: string | undefined) =>
      BLOCK_MACROS.has(name.toLowerCase()) ? `\n${macroTitle(params)}` : '',
    );
  const numbering = new ListNumbering();
  return withoutCode
    .split('\n')
    .map((line) => convertLine(line, numbering))
    .join('\n')
    .replace(PLACEHOLDER, (_match, index: string) => verbatim[Number(index)] ?? '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
