import type { ContentScriptContext } from '#imports';

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** A blur this recent, with focus gone nowhere, is taken to be Jira's re-render, not the user. */
const RESTORE_WINDOW_MS = 1_000;

/**
 * Jira re-renders the column the panel sits in; the panel is moved into the new one, but a removed
 * element loses focus, and the next keys the user types would reach Jira's hotkeys. This remembers
 * which field of the panel had focus (and the caret) and puts both back after the panel is moved.
 */
export function createFocusKeeper(ctx: ContentScriptContext, root: ShadowRoot): { restore: () => void } {
  let field: TextField | null = null;
  let selection: [number | null, number | null] = [null, null];
  let lostAt: number | null = null;

  const remember = (event: Event): void => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
      field = target;
      selection = [target.selectionStart, target.selectionEnd];
      lostAt = null;
    }
  };
  const noteBlur = (event: Event): void => {
    // Focus given to another element is the user's choice; focus given to nothing may be Jira's doing.
    if ((event as FocusEvent).relatedTarget) field = null;
    else lostAt = performance.now();
  };
  for (const type of ['focusin', 'input', 'keyup', 'select', 'pointerup']) ctx.addEventListener(root, type, remember);
  ctx.addEventListener(root, 'focusout', noteBlur);

  return {
    restore() {
      const nothingFocused = document.activeElement === null || document.activeElement === document.body;
      const recent = lostAt === null || performance.now() - lostAt < RESTORE_WINDOW_MS;
      if (!field?.isConnected || !nothingFocused || !recent) return;
      field.focus({ preventScroll: true });
      if (selection[0] !== null && selection[1] !== null) field.setSelectionRange(selection[0], selection[1]);
    },
  };
}
