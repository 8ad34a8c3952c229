import { describe, expect, it } from 'vitest';
import { sessionDocument, ticketsDocument } from '@/lib/export/build';
import { escapeMarkdown, toMarkdown } from '@/lib/export/markdown';
import { ROWS, TEXTS, session } from './fixtures';

describe('Markdown', () => {
  it('writes the ticket table with one line per row and keys as links', () => {
    const md = toMarkdown(ticketsDocument(ROWS, TEXTS));
    const lines = md.trim().split('\n');
    expect(lines[0]).toBe('# Tickets');
    const table = lines.filter((line) => line.startsWith('|'));
    expect(table).toHaveLength(2 + ROWS.length);
    expect(table[2]).toContain('[SHOP-2](https://acme.atlassian.net/browse/SHOP-2)');
    expect(table[2]).toContain('<br>'); // the summary's line breaks stay in its cell
    expect(table[2]).toContain('\\<b\\>'); // markup in ticket text is text
    expect(table[2]).toContain('\\|');
    expect(table[2]).toContain('żółć');
  });

  it('writes a session: tallies, questions with answers, actions and the unclear tickets', () => {
    const md = toMarkdown(sessionDocument(session(), TEXTS, ROWS.slice(0, 1)));
    expect(md).toContain('# Retro: Zespół „Kasa”, 2025-03-07');
    expect(md).toContain('| S1 | 2 | 1 | 67 % |  |');
    expect(md).toContain('### 1. Q1\n\nSlack, \\<script\\>alert(1)\\</script\\>\\\nwizyty u klientów');
    expect(md).toContain('### 3. Q3\n\nSHOP-2 Improve\\\nPAY-1');
    expect(md).toContain('| Talk to 3 customers, weekly | Łucja | no |');
    expect(md).toContain('## Unclear tickets');
  });

  it('escapes what would be markup', () => {
    expect(escapeMarkdown('a|b *c* [d](e) <f> #g &')).toBe('a\\|b \\*c\\* \\[d\\](e) \\<f\\> \\#g \\&');
  });
});
