import type { Placement } from '@/lib/jira/placement';

/** Whether the panel's host already stands where `placement` wants it. */
export function isPlaced(host: Element, placement: Placement): boolean {
  if (!host.isConnected) return false;
  return placement.where === 'prepend'
    ? host.parentElement === placement.anchor
    : host.previousElementSibling === placement.anchor;
}

/** Moves the host (with its shadow root and live Preact tree) to `placement`; moving keeps typed text. */
export function placeHost(host: HTMLElement, placement: Placement | 'floating', doc: Document): void {
  if (placement === 'floating') {
    host.setAttribute('data-floating', '');
    if (host.parentElement !== doc.body) doc.body.append(host);
    return;
  }
  host.removeAttribute('data-floating');
  if (placement.where === 'prepend') placement.anchor.prepend(host);
  else placement.anchor.after(host);
}
