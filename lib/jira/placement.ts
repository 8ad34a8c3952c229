import type { JiraFlavour } from './flavour';
import type { IssueRoute } from './issue-route';
import { cloud, dataCenter } from './selectors';

/** Where the panel goes: `anchor` is the element it is put in (`prepend`) or after (`after`). */
export interface Placement {
  anchor: Element;
  where: 'prepend' | 'after';
}

/**
 * The element holding the issue the URL names: the modal or side panel on boards (the page behind
 * shows other issues' cards), the whole document on the full issue page. Null while a board has not
 * opened the issue yet.
 */
export function findIssueScope(doc: Document, route: IssueRoute): ParentNode | null {
  if (route.view === 'browse') return doc;
  return doc.querySelector(cloud.issueContainers) ?? doc.querySelector(dataCenter.issueContainers);
}

/**
 * Cloud: top of the right-hand column (full page and modal), else after the header (compact side
 * panel). Data Center: top of `#viewissuesidebar`, or of the board's detail view. Null when no known
 * layout is on the page, which the caller reports as an unrecognised layout.
 */
export function findPlacement(doc: Document, route: IssueRoute, flavour: JiraFlavour): Placement | null {
  const scope = findIssueScope(doc, route);
  if (!scope) return null;
  const order = flavour === 'datacenter' ? [dataCenterPlacement, cloudPlacement] : [cloudPlacement, dataCenterPlacement];
  for (const find of order) {
    const placement = find(scope);
    if (placement) return placement;
  }
  return null;
}

function cloudPlacement(scope: ParentNode): Placement | null {
  const column = scope.querySelector(cloud.rightColumn);
  if (column) return { anchor: column, where: 'prepend' };
  const header = scope.querySelector(cloud.compactHeader);
  // Only in a side panel or modal: on the full page the right column is still on its way.
  if (header && scope instanceof Element) return { anchor: header, where: 'after' };
  return null;
}

function dataCenterPlacement(scope: ParentNode): Placement | null {
  const sidebar = scope.querySelector(dataCenter.sidebar);
  if (sidebar) return { anchor: sidebar, where: 'prepend' };
  // The board's detail view is itself the scope on Data Center boards.
  if (scope instanceof Element && scope.matches(dataCenter.issueContainers)) return { anchor: scope, where: 'prepend' };
  return null;
}
