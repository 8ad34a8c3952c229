import { describe, expect, it } from 'vitest';
import { sessionDocument, ticketsDocument } from '@/lib/export/build';
import { toClipboardHtml } from '@/lib/export/clipboard-html';
import { jiraMacro, toConfluenceStorage } from '@/lib/export/confluence-storage';
import { escapeXml } from '@/lib/export/document';
import { NASTY, ROWS, TEXTS, session } from './fixtures';

/** Storage format is a fragment with Confluence's prefixes: wrap it as Confluence does, then parse strictly. */
function parseStorage(fragment: string): Document {
  const xml = `<root xmlns:ac="http://atlassian.com/content" xmlns:ri="http://atlassian.com/resource/identifier">${fragment}</root>`;
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  // happy-dom's parser forgives a bare "<" or "&": check those by hand.
  expect(fragment).not.toMatch(/<(?![a-z/]|ac:)/i);
  expect(fragment).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
  return doc;
}

describe('Confluence storage format', () => {
  it('is well-formed XML with each ticket as a Jira issue macro', () => {
    const storage = toConfluenceStorage(ticketsDocument(ROWS, TEXTS));
    const doc = parseStorage(storage);
    const macros = [...doc.getElementsByTagName('ac:structured-macro')];
    expect(macros.map((m) => m.getAttribute('ac:name'))).toEqual(['jira', 'jira']);
    expect(macros.map((m) => m.textContent)).toEqual(['SHOP-2', 'PAY-1']);
    expect(storage).toContain(jiraMacro('SHOP-2'));
    expect(doc.getElementsByTagName('th')).toHaveLength(9);
    expect(doc.getElementsByTagName('td')[1]!.textContent).toBe(NASTY.replace(/\r?\n/g, '').replace('\r', ''));
  });

  it('is well-formed for a whole session, hostile text included', () => {
    const doc = parseStorage(toConfluenceStorage(sessionDocument(session(), TEXTS, ROWS)));
    expect(doc.getElementsByTagName('h1')[0]!.textContent).toBe('Retro: Zespół „Kasa”, 2025-03-07');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('ac:structured-macro')).toHaveLength(2);
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u001Fc\uD800d')).toBe('abcd');
    parseStorage(toConfluenceStorage({ title: 'x\u0007', blocks: [{ kind: 'paragraph', text: 'bell\u0007 & tab\t' }] }));
  });
});

describe('clipboard HTML', () => {
  it('has tables with issue links and no live markup from tickets', () => {
    const html = toClipboardHtml(sessionDocument(session(), TEXTS, ROWS));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('table')).toHaveLength(3);
    expect([...doc.querySelectorAll('td a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://acme.atlassian.net/browse/SHOP-2',
      'https://jira.acme.com/jira/browse/PAY-1',
    ]);
    expect(doc.querySelectorAll('script, b')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
  });
});
