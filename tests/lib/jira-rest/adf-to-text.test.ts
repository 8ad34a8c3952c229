// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HANDLERS, adfToText } from '@/lib/jira-rest/adf-to-text';
import { readFixture } from './fixtures';

interface SchemaDefinition {
  properties?: { type?: { enum?: string[] } };
  allOf?: SchemaDefinition[];
}

/** Every node type named by a `*_node` definition of the official schema. */
function schemaNodeTypes(): string[] {
  const schema = readFixture('adf-schema-full.v1.json') as { definitions: Record<string, SchemaDefinition> };
  const types = new Set<string>();
  for (const [name, definition] of Object.entries(schema.definitions)) {
    if (!name.endsWith('_node')) continue;
    for (const part of [definition, ...(definition.allOf ?? [])]) {
      for (const type of part.properties?.type?.enum ?? []) types.add(type);
    }
  }
  return [...types].sort();
}

const text = (value: string, marks?: unknown[]): object => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: object[]): object => ({ type: 'paragraph', content });
const doc = (...content: object[]): object => ({ type: 'doc', version: 1, content });
const cell = (type: string, value: string): object => ({ type, attrs: {}, content: [para(text(value))] });

/** One example per schema node type: [type, document, expected text]. */
const EXAMPLES: Array<[string, object, string]> = [
  ['doc', doc(para(text('a')), para(text('b'))), 'a\n\nb'],
  ['text', doc(para(text('bold', [{ type: 'strong' }]), text(' link', [{ type: 'link', attrs: { href: 'https://x' } }]))), 'bold link'],
  ['paragraph', doc(para(text('one'), text(' two'))), 'one two'],
  ['hardBreak', doc(para(text('a'), { type: 'hardBreak' }, text('b'))), 'a\nb'],
  ['heading', doc({ type: 'heading', attrs: { level: 2 }, content: [text('Goal')] }, para(text('x'))), 'Goal\n\nx'],
  ['blockquote', doc({ type: 'blockquote', content: [para(text('q1')), para(text('q2'))] }), 'q1\nq2'],
  ['panel', doc({ type: 'panel', attrs: { panelType: 'info' }, content: [para(text('Note'))] }), 'Note'],
  ['codeBlock', doc({ type: 'codeBlock', attrs: { language: 'js' }, content: [text('let a = 1;\nlet b;')] }), 'let a = 1;\nlet b;'],
  ['rule', doc(para(text('a')), { type: 'rule' }, para(text('b'))), 'a\n\nb'],
  ['bulletList', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [para(text('x'))] }, { type: 'listItem', content: [para(text('y'))] }] }), '- x\n- y'],
  ['orderedList', doc({ type: 'orderedList', attrs: { order: 3 }, content: [{ type: 'listItem', content: [para(text('c'))] }, { type: 'listItem', content: [para(text('d'))] }] }), '3. c\n4. d'],
  ['listItem', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [para(text('top')), { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('sub'))] }] }] }] }), '- top\n  - sub'],
  ['taskList', doc({ type: 'taskList', attrs: { localId: 'l' }, content: [{ type: 'taskItem', attrs: { localId: 'a', state: 'TODO' }, content: [text('call')] }, { type: 'taskItem', attrs: { localId: 'b', state: 'DONE' }, content: [text('mail')] }] }), '[ ] call\n[x] mail'],
  ['taskItem', doc({ type: 'taskList', attrs: { localId: 'l' }, content: [{ type: 'taskItem', attrs: { localId: 'a', state: 'DONE' }, content: [text('done')] }] }), '[x] done'],
  ['blockTaskItem', doc({ type: 'taskList', attrs: { localId: 'l' }, content: [{ type: 'blockTaskItem', attrs: { localId: 'a', state: 'TODO' }, content: [para(text('p1')), para(text('p2'))] }] }), '[ ] p1\n    p2'],
  ['decisionList', doc({ type: 'decisionList', attrs: { localId: 'd' }, content: [{ type: 'decisionItem', attrs: { localId: 'i', state: 'DECIDED' }, content: [text('Ship it')] }] }), '- Ship it'],
  ['decisionItem', doc({ type: 'decisionList', attrs: { localId: 'd' }, content: [{ type: 'decisionItem', attrs: { localId: 'i', state: 'DECIDED' }, content: [text('A')] }, { type: 'decisionItem', attrs: { localId: 'j', state: 'DECIDED' }, content: [text('B')] }] }), '- A\n- B'],
  ['expand', doc({ type: 'expand', attrs: { title: 'Details' }, content: [para(text('hidden'))] }), 'Details\nhidden'],
  ['nestedExpand', doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'nestedExpand', attrs: { title: 'More' }, content: [para(text('inner'))] }] }] }] }), 'More inner'],
  ['layoutSection', doc({ type: 'layoutSection', content: [{ type: 'layoutColumn', attrs: { width: 50 }, content: [para(text('left'))] }, { type: 'layoutColumn', attrs: { width: 50 }, content: [para(text('right'))] }] }), 'left\n\nright'],
  ['layoutColumn', doc({ type: 'layoutSection', content: [{ type: 'layoutColumn', attrs: { width: 100 }, content: [para(text('a')), para(text('b'))] }] }), 'a\nb'],
  ['table', doc({ type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'Who'), cell('tableHeader', 'Gain')] }, { type: 'tableRow', content: [cell('tableCell', 'Agents'), cell('tableCell', 'Time')] }] }), 'Who | Gain\nAgents | Time'],
  ['tableRow', doc({ type: 'table', content: [{ type: 'tableRow', content: [cell('tableCell', '1'), cell('tableCell', '2'), cell('tableCell', '3')] }] }), '1 | 2 | 3'],
  ['tableHeader', doc({ type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'H')] }] }), 'H'],
  ['tableCell', doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [para(text('two')), para(text('lines'))] }] }] }), 'two lines'],
  ['mention', doc(para(text('ask'), { type: 'mention', attrs: { id: '1', text: '@Ola' } }, text(' now'))), 'ask @Ola now'],
  ['emoji', doc(para(text('ok'), { type: 'emoji', attrs: { shortName: ':smile:', text: '😄' } })), 'ok 😄'],
  ['date', doc(para(text('by'), { type: 'date', attrs: { timestamp: '1735689600000' } })), 'by 2025-01-01'],
  ['status', doc(para({ type: 'status', attrs: { text: 'BLOCKED', color: 'red' } })), 'BLOCKED'],
  ['inlineCard', doc(para(text('see'), { type: 'inlineCard', attrs: { url: 'https://example.com/a' } })), 'see https://example.com/a'],
  ['blockCard', doc({ type: 'blockCard', attrs: { url: 'https://example.com/b' } }), 'https://example.com/b'],
  ['embedCard', doc({ type: 'embedCard', attrs: { url: 'https://example.com/c', layout: 'center' } }), 'https://example.com/c'],
  ['media', doc({ type: 'mediaSingle', attrs: { layout: 'center' }, content: [{ type: 'media', attrs: { type: 'file', id: '1', collection: 'c', alt: 'funnel chart' } }] }), 'funnel chart'],
  ['mediaSingle', doc({ type: 'mediaSingle', attrs: { layout: 'center' }, content: [{ type: 'media', attrs: { type: 'file', id: '1', collection: 'c' } }, { type: 'caption', content: [text('Figure 1')] }] }), 'Figure 1'],
  ['mediaGroup', doc({ type: 'mediaGroup', content: [{ type: 'media', attrs: { type: 'file', id: '1', collection: 'c', alt: 'a.pdf' } }, { type: 'media', attrs: { type: 'file', id: '2', collection: 'c', alt: 'b.pdf' } }] }), 'a.pdf\nb.pdf'],
  ['mediaInline', doc(para(text('file'), { type: 'mediaInline', attrs: { id: '1', collection: 'c', alt: 'spec.pdf' } })), 'file spec.pdf'],
  ['caption', doc({ type: 'mediaSingle', content: [{ type: 'caption', content: [text('cap '), { type: 'emoji', attrs: { shortName: ':x:' } }] }] }), 'cap :x:'],
  ['placeholder', doc(para(text('Who: '), { type: 'placeholder', attrs: { text: 'Type the customer' } })), 'Who:'],
  ['extension', doc({ type: 'extension', attrs: { extensionKey: 'k', extensionType: 't', text: 'Roadmap macro' } }), 'Roadmap macro'],
  ['inlineExtension', doc(para(text('x'), { type: 'inlineExtension', attrs: { extensionKey: 'k', extensionType: 't' } })), 'x'],
  ['bodiedExtension', doc({ type: 'bodiedExtension', attrs: { extensionKey: 'k', extensionType: 't' }, content: [para(text('body'))] }), 'body'],
  ['syncBlock', doc({ type: 'syncBlock', attrs: { resourceId: 'r', localId: 'l' } }, para(text('after'))), 'after'],
  ['bodiedSyncBlock', doc({ type: 'bodiedSyncBlock', attrs: { resourceId: 'r', localId: 'l' }, content: [para(text('synced'))] }), 'synced'],
];

describe('adfToText', () => {
  const nodeTypes = schemaNodeTypes();

  it('finds the node types in the official schema', () => {
    expect(nodeTypes.length).toBeGreaterThanOrEqual(40);
    expect(nodeTypes).toContain('paragraph');
  });

  it.each(nodeTypes)('has a handler and an example for schema node type %s', (type) => {
    expect(Object.keys(HANDLERS)).toContain(type);
    expect(EXAMPLES.map(([exampleType]) => exampleType)).toContain(type);
  });

  it.each(EXAMPLES)('converts %s', (_type, input, expected) => {
    expect(adfToText(input)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ['null', null, ''],
    ['a string', 'plain', ''],
    ['an array', [], ''],
    ['a node without type', { content: [] }, ''],
    ['unknown node with children', doc({ type: 'futureBox', content: [para(text('kept'))] }), 'kept'],
    ['unknown node with text', doc(para({ type: 'futureInline', text: 'kept' })), 'kept'],
    ['garbage children', doc({ type: 'paragraph', content: [text('ok'), 5, null, 'str', { text: 'no type' }] }), 'ok'],
    ['content that is not an array', doc({ type: 'paragraph', content: 'oops' }, para(text('b'))), 'b'],
    ['text node without text', doc(para({ type: 'text' }, text('b'))), 'b'],
    ['attrs of the wrong type', doc(para({ type: 'mention', attrs: { text: 7 } }, { type: 'date', attrs: { timestamp: 'x' } })), '7'],
    ['a property named like Object.prototype', doc({ type: 'constructor', content: [para(text('c'))] }), 'c'],
  ])('tolerates %s', (_name, input, expected) => {
    expect(adfToText(input)).toBe(expected);
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    let node: object = para(text('deep'));
    for (let level = 0; level < 10_000; level += 1) node = { type: 'blockquote', content: [node] };
    expect(() => adfToText(doc(node))).not.toThrow();
  });

  it('reads the schema-invalid atlascode BTS-1 description (mediaSingle inside paragraph)', () => {
    const issue = readFixture('atlascode-cloud-v3-get-issue-BTS-1.json') as { fields: { description: unknown } };
    expect(adfToText(issue.fields.description)).toBe('Track and resolve bugs related to the user interface.\n\nTest Image');
  });

  it('reads the jira-cli ADF document with panels, tables, lists and code', () => {
    const result = adfToText(readFixture('jira-cli-adf-md.json'));
    expect(result).toContain('Panel paragraph');
    expect(result).toContain('Table Header 1 | Table Header 2 | Table Header 3');
    expect(result).toContain('- Prefix: Unordered list item 1\n  - Next');
    expect(result).toContain('3. Ordered list item 3\n   1. nested');
    expect(result).toContain('fmt.Println("Hello, World!")');
    expect(result).toContain('Inline Node https://antiklabs.atlassian.net/wiki/spaces/ANK/pages/124234/hello-world');
  });
});
