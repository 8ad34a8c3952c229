// The demo's stand-in for Jira Cloud's single-page app: links marked data-spa change the URL with
// pushState and swap the page content after a short delay (the old issue stays on screen meanwhile,
// as in Jira), back/forward work, and shortly after every render the right-hand column is replaced by
// a fresh copy, as React does when Jira re-renders.
const RENDER_DELAY_MS = 60;
const RERENDER_DELAY_MS = 400;

async function render() {
  const response = await fetch(location.href, { headers: { accept: 'text/html' } });
  const next = new DOMParser().parseFromString(await response.text(), 'text/html');
  await new Promise((resolve) => setTimeout(resolve, RENDER_DELAY_MS));
  const app = next.querySelector('#jira-frontend .app');
  if (app) document.querySelector('#jira-frontend .app').replaceWith(document.importNode(app, true));
  document.title = next.title;
  scheduleRerender();
}

const RIGHT_COLUMN = '[data-testid="issue.views.issue-details.issue-layout.container-right"]';

/** Builds the right-hand column again from the server's HTML, as React would from its state. */
function scheduleRerender() {
  setTimeout(async () => {
    const response = await fetch(location.href, { headers: { accept: 'text/html' } });
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector(RIGHT_COLUMN);
    const column = document.querySelector(RIGHT_COLUMN);
    if (fresh && column) column.replaceWith(document.importNode(fresh, true));
    document.body.dataset.rerendered = String(Number(document.body.dataset.rerendered ?? 0) + 1);
  }, RERENDER_DELAY_MS);
}

function navigate(href) {
  history.pushState({}, '', href);
  void render();
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const close = target?.closest('[data-close-modal]');
  if (close) {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.delete('selectedIssue');
    return navigate(url.href);
  }
  const link = target?.closest('a[data-spa]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey) return;
  event.preventDefault();
  navigate(link.href);
});

window.addEventListener('popstate', () => void render());
scheduleRerender();
