import type { ContentScriptContext } from '#imports';

/*
 * WXT's `ctx.requestAnimationFrame` and `ctx.setTimeout` add an invalidation listener per call that is
 * never removed. On Jira, which mutates its DOM all day, that grew the heap by about 23 KB per issue
 * navigation (scripts/bench/page-budgets.ts). These helpers keep one pending callback each and one
 * invalidation listener for their whole life.
 */

/** Runs `task` in the next animation frame, once however often it is asked in between. */
export function createFrameScheduler(ctx: ContentScriptContext, task: () => void): () => void {
  let pending: number | null = null;
  ctx.onInvalidated(() => {
    if (pending !== null) cancelAnimationFrame(pending);
  });
  return () => {
    if (pending !== null || ctx.isInvalid) return;
    pending = requestAnimationFrame(() => {
      pending = null;
      if (ctx.isValid) task();
    });
  };
}

/** Runs `task` after `delay` ms; asking again while one is pending keeps the earlier one. */
export function createDelayedTask(ctx: ContentScriptContext, task: () => void): (delay: number) => void {
  let pending: ReturnType<typeof setTimeout> | null = null;
  ctx.onInvalidated(() => {
    if (pending !== null) clearTimeout(pending);
  });
  return (delay) => {
    if (pending !== null || ctx.isInvalid) return;
    pending = setTimeout(() => {
      pending = null;
      if (ctx.isValid) task();
    }, delay);
  };
}
