import type { FetchLike } from '@/lib/jira-rest/request';

/**
 * A relayed request cannot be stopped in the tab, and a slow Jira may take seconds to answer it. So
 * Cancel rejects at once and the late answer is dropped: the bar stops when the user asks.
 */
export function abortableFetch(fetch: FetchLike): FetchLike {
  return (input, init) => {
    const { signal } = init;
    if (!signal) return fetch(input, init);
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => reject(new DOMException('The check was cancelled', 'AbortError'));
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      fetch(input, init)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}
