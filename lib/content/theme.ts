import type { ContentScriptContext } from '#imports';

export type Theme = 'light' | 'dark';

/**
 * Jira (Cloud, and Data Center 9.11+) tells its colour mode on `<html data-color-mode>`; `auto` or
 * nothing means the system's preference.
 */
export function readJiraTheme(doc: Document, prefersDark: boolean): Theme {
  const mode = doc.documentElement.getAttribute('data-color-mode');
  if (mode === 'dark' || mode === 'light') return mode;
  return prefersDark ? 'dark' : 'light';
}

/** Keeps `host[data-theme]` in step with Jira's theme switch, for the content script's lifetime. */
export function followJiraTheme(ctx: ContentScriptContext, host: HTMLElement): void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = (): void => host.setAttribute('data-theme', readJiraTheme(document, media.matches));
  apply();
  const observer = new MutationObserver(apply);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-color-mode'] });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(media, 'change', apply);
}
