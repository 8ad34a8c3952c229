import { describe, expect, it } from 'vitest';
import { abortableFetch } from '@/lib/sprint-check/abortable-fetch';

describe('abortableFetch', () => {
  it('rejects at once on cancel, without waiting for the tab’s answer', async () => {
    let answer: (response: Response) => void = () => undefined;
    const slow = abortableFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const controller = new AbortController();
    const pending = slow('https://jira.acme.com/rest/api/2/search', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    answer(new Response('{}')); // the late answer changes nothing
  });

  it('passes answers and errors through, and refuses an already cancelled request', async () => {
    const ok = abortableFetch(async () => new Response('{"ok":1}'));
    await expect((await ok('u', { signal: new AbortController().signal })).json()).resolves.toEqual({ ok: 1 });
    await expect((await ok('u', {})).text()).resolves.toBe('{"ok":1}');
    const failing = abortableFetch(async () => Promise.reject(new TypeError('The Jira tab did not answer')));
    await expect(failing('u', { signal: new AbortController().signal })).rejects.toThrow('did not answer');
    await expect(ok('u', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
