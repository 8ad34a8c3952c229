/**
 * The chip's stylesheet, one `<style>` per shadow root (Chrome shares identical sheets between
 * roots; constructable sheets are unreliable from Firefox content scripts). Pixels, not rem:
 * rem follows Confluence's root font size.
 */
export const CHIP_CSS = `
:host { all: initial; display: inline-block; margin: 0 0 0 4px; vertical-align: baseline; }
.chip {
  display: inline-flex; align-items: center; gap: 3px; padding: 0 6px; border: 1px solid; border-radius: 9px;
  font: 600 11px/16px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; white-space: nowrap; cursor: default;
}
.symbol { font-weight: 700; }
.chip-clear { color: #216e4e; background: #dcfff1; border-color: #4bce97; }
.chip-unclear { color: #a54800; background: #fff3eb; border-color: #fea362; }
.chip-unchecked { color: #44546f; background: #f1f2f4; border-color: #b3b9c4; }
@media (prefers-color-scheme: dark) {
  .chip-clear { color: #7ee2b8; background: #1c3329; border-color: #2abb7f; }
  .chip-unclear { color: #fec195; background: #38291e; border-color: #e56910; }
  .chip-unchecked { color: #b6c2cf; background: #22272b; border-color: #596773; }
}
`;
