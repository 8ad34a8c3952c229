import type { ContentScriptContext } from '#imports';
import { effect } from '@preact/signals-core';
import { languageRevision } from '@/lib/i18n-override';
import { type ChipState, UNCHECKED, answerKeyOf, readChipStates, watchChipStates } from './chip-state';
import { type ChipHost, createChipHost } from './chip-host';
import { CHIP_HOST_ATTRIBUTE, type JiraReference, findReferences } from './find-references';
import { isConfluenceEditorUrl, isInEditor } from './page-detect';

/** Pages with more references than this get chips on the first ones only: the page stays fast. */
export const MAX_CHIPS = 500;
/** References chipped per idle slice, so a long page never blocks input. */
export const CHUNK_SIZE = 40;
/** Confluence renders in bursts: look again at most this often. */
export const RESCAN_MS = 250;

export interface ChipControllerOptions {
  maxChips?: number;
  chunkSize?: number;
}

/**
 * Puts a status chip beside every Jira issue reference of a rendered Confluence page and keeps
 * them right while Confluence renders more, answers change, or the user navigates in the page.
 * Never runs in the editor. Everything it starts belongs to `ctx`.
 */
export function startChipController(ctx: ContentScriptContext, options: ChipControllerOptions = {}): { scanNow(): void } {
  const maxChips = options.maxChips ?? MAX_CHIPS;
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  let seen = new WeakSet<Element>();
  const chips = new Map<string, Set<ChipHost>>(); // answer storage key → chips of that issue
  const states = new Map<string, ChipState>();
  let pending: JiraReference[] = [];
  let count = 0;
  let active = false;
  let scanTimer = false;
  let sliceRequested = false;
  const observer = new MutationObserver(onMutations);
  // Also keys only cached: an issue that left the page and comes back must not show an old state.
  const unwatch = watchChipStates((key) => chips.has(key) || states.has(key), onAnswerChanged);
  // Chips speak the language chosen in the options page from the moment it changes.
  const stopLanguage = effect(() => {
    void languageRevision.value;
    for (const [key, set] of chips) for (const chip of set) chip.update(states.get(key) ?? UNCHECKED);
  });

  function activate(url: URL): void {
    if (isConfluenceEditorUrl(url)) return deactivate();
    active = true;
    observer.observe(document.body, { childList: true, subtree: true });
    scan();
  }

  function deactivate(): void {
    active = false;
    observer.disconnect();
    for (const set of chips.values()) for (const chip of set) chip.remove();
    chips.clear();
    pending = [];
    count = 0;
    seen = new WeakSet();
  }

  function onMutations(records: MutationRecord[]): void {
    if (!records.some(isForeignChange) || scanTimer) return;
    scanTimer = true;
    ctx.setTimeout(() => {
      scanTimer = false;
      if (active) scan();
    }, RESCAN_MS);
  }

  function scan(): void {
    prune();
    const budget = maxChips - count - pending.length;
    if (budget > 0) pending.push(...findReferences(document.body, location.href, seen, budget));
    requestSlice();
  }

  /** Drops chips whose reference left the page or became editable; re-places the ones Confluence moved. */
  function prune(): void {
    for (const [key, set] of chips) {
      for (const chip of set) {
        if (chip.reference.element.isConnected && !isInEditor(chip.reference.element)) {
          chip.place();
          continue;
        }
        chip.remove();
        set.delete(chip);
        seen.delete(chip.reference.element);
        count--;
      }
      if (set.size === 0) {
        chips.delete(key);
        states.delete(key);
      }
    }
  }

  function requestSlice(): void {
    if (sliceRequested || pending.length === 0) return;
    sliceRequested = true;
    ctx.requestIdleCallback(() => void runSlice(), { timeout: 500 });
  }

  async function runSlice(): Promise<void> {
    const slice = pending.splice(0, chunkSize);
    const unknown = [...new Set(slice.map((ref) => answerKeyOf(ref.site, ref.key)))].filter((key) => !states.has(key));
    for (const [key, state] of await readChipStates(unknown)) states.set(key, state);
    sliceRequested = false;
    if (!active || ctx.isInvalid) return;
    for (const reference of slice) {
      if (!reference.element.isConnected) continue;
      const key = answerKeyOf(reference.site, reference.key);
      const set = chips.get(key) ?? new Set<ChipHost>();
      set.add(createChipHost(reference, states.get(key) ?? UNCHECKED));
      chips.set(key, set);
      count++;
    }
    requestSlice();
  }

  function onAnswerChanged(key: string, state: ChipState): void {
    states.set(key, state);
    for (const chip of chips.get(key) ?? []) chip.update(state);
  }

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => activate(newUrl));
  ctx.onInvalidated(() => {
    unwatch();
    stopLanguage();
    deactivate();
  });
  activate(new URL(location.href));
  return { scanNow: scan };
}

/** Our own chips coming and going must not trigger another scan. */
function isForeignChange(record: MutationRecord): boolean {
  const isOurs = (node: Node): boolean => node instanceof Element && node.hasAttribute(CHIP_HOST_ATTRIBUTE);
  for (const node of record.addedNodes) if (!isOurs(node)) return true;
  for (const node of record.removedNodes) if (!isOurs(node)) return true;
  return false;
}
