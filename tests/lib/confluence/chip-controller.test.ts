import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startChipController } from '@/lib/confluence/chip-controller';

const chips = (): NodeListOf<Element> => document.querySelectorAll('cbc-benefit-chip');

describe('chip controller', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    // happy-dom has no idle callbacks: run them on the next macrotask, as a busy page would.
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 0));
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    history.replaceState({}, '', '/wiki/spaces/SHOP/pages/123/Sprint+review');
    ctx = new ContentScriptContext('confluence-test');
  });
  afterEach(() => {
    ctx.notifyInvalidated();
    vi.unstubAllGlobals();
  });

  it('chips at most maxChips references, in slices, never changing the references', async () => {
    document.body.innerHTML = `<ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/browse/BULK-${i + 1}">BULK-${i + 1}</a></li>`).join('')}</ul>`;
    const before = [...document.querySelectorAll('a')].map((link) => link.outerHTML);
    startChipController(ctx, { maxChips: 20, chunkSize: 7 });
    await vi.waitFor(() => expect(chips()).toHaveLength(20));
    expect([...document.querySelectorAll('a')].map((link) => link.outerHTML)).toEqual(before);
    expect(document.querySelector('a')!.nextElementSibling!.tagName).toBe('CBC-BENEFIT-CHIP');
  });

  it('follows references Confluence adds and removes', async () => {
    document.body.innerHTML = '<div id="c"><p id="p1"><a href="/browse/SHOP-1">SHOP-1</a></p></div>';
    startChipController(ctx);
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
    document.getElementById('c')!.insertAdjacentHTML('beforeend', '<p><a href="/browse/SHOP-2">SHOP-2</a></p>');
    await vi.waitFor(() => expect(chips()).toHaveLength(2));
    document.getElementById('p1')!.remove();
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
  });

  it('adds nothing in the editor, and removes every chip when the page turns into the editor', async () => {
    document.body.innerHTML = '<p><a href="/browse/SHOP-1">SHOP-1</a></p>';
    startChipController(ctx);
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
    // Confluence switches to its editor in the page; WXT sees the URL change (polling in happy-dom).
    history.pushState({}, '', '/wiki/spaces/SHOP/pages/edit-v2/123');
    await vi.waitFor(() => expect(chips()).toHaveLength(0), { timeout: 3_000 });
    document.body.insertAdjacentHTML('beforeend', '<p><a href="/browse/SHOP-2">SHOP-2</a></p>');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(chips()).toHaveLength(0);
  });

  it('removes its chips when the extension goes away', async () => {
    document.body.innerHTML = '<p><a href="/browse/SHOP-1">SHOP-1</a></p>';
    startChipController(ctx);
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
    ctx.notifyInvalidated();
    expect(chips()).toHaveLength(0);
  });
});
