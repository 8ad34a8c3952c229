import { JiraRestError } from './errors';

/**
 * Keeping the page responsive while checking a whole sprint: the issue asks that the page's main
 * thread is never blocked for more than 50 ms, so long loops give control back between chunks.
 */

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** `scheduler.yield()` where the browser has it (keeps our priority), else a macrotask. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface ChunkOptions {
  /** Longest synchronous stretch before yielding. @default 10 */
  budgetMs?: number;
  signal?: AbortSignal;
}

/**
 * `items.map(fn)` that yields to the event loop whenever `budgetMs` has been used, so a slow `fn`
 * (parsing, analysing) cannot freeze the page. Throws an `aborted` JiraRestError when cancelled.
 */
export async function mapInChunks<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => R,
  { budgetMs = 10, signal }: ChunkOptions = {},
): Promise<R[]> {
  const results: R[] = [];
  let sliceStart = performance.now();
  for (const [index, item] of items.entries()) {
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToMain();
      if (signal?.aborted) throw new JiraRestError({ kind: 'aborted' });
      sliceStart = performance.now();
    }
    results.push(fn(item, index));
  }
  return results;
}
