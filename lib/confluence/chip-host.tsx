import { render } from 'preact';
import { BenefitChip } from '@/components/confluence/BenefitChip';
import { CHIP_CSS } from '@/components/confluence/chip-style';
import type { ChipState } from './chip-state';
import { CHIP_HOST_ATTRIBUTE, type JiraReference } from './find-references';

/** Our own element: Confluence's nodes are never changed, only given a sibling. */
export const CHIP_TAG = 'cbc-benefit-chip';

export interface ChipHost {
  reference: JiraReference;
  host: HTMLElement;
  update(state: ChipState): void;
  /** Puts the chip back after the reference when Confluence re-rendered around it. */
  place(): void;
  remove(): void;
}

/**
 * One small shadow root per chip, so Confluence's CSS cannot reach in and ours cannot leak out.
 * No `customElements.define`: content scripts have no custom element registry in Chrome.
 */
export function createChipHost(reference: JiraReference, state: ChipState, doc: Document = document): ChipHost {
  const host = doc.createElement(CHIP_TAG);
  host.setAttribute(CHIP_HOST_ATTRIBUTE, reference.kind);
  const shadow = host.attachShadow({ mode: 'open' }); // open: Playwright and screen readers see in
  const style = doc.createElement('style');
  style.textContent = CHIP_CSS;
  const container = doc.createElement('span');
  shadow.append(style, container);
  const chip = {
    reference,
    host,
    update(next: ChipState): void {
      render(<BenefitChip issueKey={reference.key} chip={next} />, container);
    },
    place(): void {
      if (host.previousSibling !== reference.element) reference.element.after(host);
    },
    remove(): void {
      render(null, container);
      host.remove();
    },
  };
  chip.update(state);
  chip.place();
  return chip;
}
