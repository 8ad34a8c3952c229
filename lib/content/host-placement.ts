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
  removeCopies(host, doc);
  if (placement === 'floating') {
    host.setAttribute('data-floating', '');
    if (host.parentElement !== doc.body) doc.body.append(host);
    return;
  }
  host.removeAttribute('data-floating');
  if (placement.where === 'prepend') placement.anchor.prepend(host);
  else placement.anchor.after(host);
}

/** A page that clones DOM (drag and drop, printing) may copy our host: copies are empty shells, so drop them. */
function removeCopies(host: HTMLElement, doc: Document): void {
  for (const element of doc.querySelectorAll(host.localName)) if (element !== host) element.remove();
}
