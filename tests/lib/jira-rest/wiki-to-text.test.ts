// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { wikiToText } from '@/lib/jira-rest/wiki-to-text';

describe('wikiToText', () => {
  it.each<[string, string, string]>([
    ['plain paragraphs', 'First line\nsecond line\n\n\n\nNext paragraph', 'First line\nsecond line\n\nNext paragraph'],
    ['headings', 'h1. Goal\nh3.  Why\ntext', 'Goal\nWhy\ntext'],
    ['bold, italic, strike, insert, sup, sub, citation', '*bold* _it_ -gone- +ins+ ^sup^ ~sub~ ??cite??', 'bold it gone ins sup sub cite'],
    ['hyphens and asterisks that are not markup', 'e-mail, well-known, 2 * 3 = 6, a - b', 'e-mail, well-known, 2 * 3 = 6, a - b'],
    ['monospace', 'run {{npm test}} now', 'run npm test now'],
    ['bullet lists with nesting', '* one\n** one.a\n* two', '- one\n  - one.a\n- two'],
    ['dash lists', '- alpha\n- beta', '- alpha\n- beta'],
    ['numbered lists', '# first\n# second\n## inner\n# third', '1. first\n2. second\n  1. inner\n3. third'],
    ['mixed list restarts numbering', '* a\n# b\n# c', '- a\n1. b\n2. c'],
    ['numbering restarts after a paragraph', '# a\ntext\n# b', '1. a\ntext\n1. b'],
    ['links with alias', 'see [the spec|https://example.com/spec] please', 'see the spec please'],
    ['bare links', 'see [https://example.com]', 'see https://example.com'],
    ['mail links', '[mailto:a@b.c]', 'mailto:a@b.c'],
    ['user mentions', 'ask [~jsmith]', 'ask @jsmith'],
    ['attachment links', 'in [^report.pdf]', 'in report.pdf'],
    ['square brackets that are not links', '[WIP] draft', '[WIP] draft'],
    ['images are dropped', 'before !chart.png|thumbnail! after !https://x.y/z.gif!', 'before after'],
    ['exclamations stay', 'Wow! Great!', 'Wow! Great!'],
    ['panels keep their title', '{panel:title=Customer benefit|borderStyle=dashed}\nAgents save time.\n{panel}', 'Customer benefit\n\nAgents save time.'],
    ['note/info/tip/warning macros', '{note:title=Heads up}careful{note}\n{info}fyi{info}', 'Heads up\ncareful\n\nfyi'],
    ['quote blocks and bq.', '{quote}quoted{quote}\nbq. also quoted', 'quoted\n\nalso quoted'],
    ['code blocks are verbatim', '{code:java}\nint *x* = [a|b];\n{code}', 'int *x* = [a|b];'],
    ['noformat is verbatim', '{noformat}*not bold*{noformat}', '*not bold*'],
    ['colour is inline', 'this is {color:red}urgent{color} now', 'this is urgent now'],
    ['anchors vanish', '{anchor:top}Intro', 'Intro'],
    ['tables', '||Who||What||\n|Agents|See [details|http://x.y]|', 'Who | What\nAgents | See details'],
    ['line breaks', 'one\\\\two', 'one\ntwo'],
    ['escapes', 'not \\*bold\\*', 'not *bold*'],
    ['horizontal rules', 'a\n----\nb', 'a\n\nb'],
    ['CRLF', 'a\r\nb', 'a\nb'],
    ['markdown-style image in the atlascode DC fixture stays readable', 'Intro\n\n![Test Image](https://x/test.jpg)', 'Intro\n\n![Test Image](https://x/test.jpg)'],
  ])('converts %s', (_name, input, expected) => {
    expect(wikiToText(input)).toBe(expected);
  });

  it.each([null, undefined, 42, { type: 'doc' }])('returns empty text for %s', (input) => {
    expect(wikiToText(input)).toBe('');
  });
});
