import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETRO_SAVE_DELAY_MS, type RetroDeps, createRetroStore } from '@/lib/retro/retro-store';
import { localDay, tallyVote, unclearTicketLines, startSession } from '@/lib/retro/session';
import { formatShare, trendPoints } from '@/lib/retro/trend';
import type { RetroSession } from '@/lib/storage/retro-sessions';
import { retroSessionSchema } from '@/lib/storage/retro-sessions';

function memoryDeps(): RetroDeps & { saved: RetroSession[] } {
  const saved: RetroSession[] = [];
  let id = 0;
  return {
    saved,
    list: () => Promise.resolve([]),
    save: vi.fn((session: RetroSession) => {
      saved.push(session);
      return Promise.resolve(session);
    }),
    remove: vi.fn(() => Promise.resolve()),
    watch: () => () => undefined,
    getShares: () => Promise.resolve({}),
    saveShare: vi.fn(() => Promise.resolve()),
    removeShare: vi.fn(() => Promise.resolve()),
    now: () => 1_000,
    newId: () => `s${++id}`,
  };
}

describe('retro sessions', () => {
  it('starts with question 3 pre-filled with the unclear tickets, valid for storage', () => {
    const text = unclearTicketLines([{ key: 'SHOP-2', summary: 'Improve the checkout page' }, { key: 'PAY-1', summary: '' }]);
    expect(text).toBe('SHOP-2 Improve the checkout page\nPAY-1');
    const session = startSession({ id: 'x', date: '2025-03-07', teamName: 'Kasa', unclearText: text, now: 1 });
    expect(session.openAnswers).toEqual(['', '', text, '']);
    expect(retroSessionSchema.safeParse(session).success).toBe(true);
  });

  it('tallies votes and never goes below zero', () => {
    let session = startSession({ id: 'x', date: '2025-03-07', teamName: '', unclearText: '', now: 1 });
    session = tallyVote(tallyVote(session, 1, 'up', 1), 1, 'up', 1);
    session = tallyVote(session, 1, 'down', -1);
    expect(session.healthCheck[1]).toMatchObject({ up: 2, down: 0 });
  });

  it('gives each statement’s share of thumbs up and the ticket share, oldest session first', () => {
    const a = startSession({ id: 'a', date: '2025-03-21', teamName: 'T', unclearText: '', now: 2 });
    const b = tallyVote(tallyVote(startSession({ id: 'b', date: '2025-03-07', teamName: 'T', unclearText: '', now: 1 }), 0, 'up', 1), 0, 'down', 1);
    const points = trendPoints([a, b], { b: { checked: 4, clear: 3 } });
    expect(points.map((p) => p.id)).toEqual(['b', 'a']);
    expect(points[0]).toMatchObject({ statements: [0.5, null, null], clearTickets: 0.75 });
    expect(points[1]!.clearTickets).toBeNull();
    expect([formatShare(0.75), formatShare(null)]).toEqual(['75 %', '–']);
    expect(localDay(new Date(2025, 0, 5, 23, 30).getTime())).toBe('2025-01-05');
  });
});

describe('createRetroStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a new session and its ticket share at once, then fast taps as one write', async () => {
    const deps = memoryDeps();
    const store = createRetroStore(deps);
    await store.start({ date: '2025-03-07', teamName: 'Kasa', unclearText: 'SHOP-2', tickets: { checked: 3, clear: 1 } });
    expect(deps.saved).toHaveLength(1);
    expect(deps.saveShare).toHaveBeenCalledWith('s1', { checked: 3, clear: 1 });
    for (let i = 0; i < 5; i++) store.edit((s) => tallyVote(s, 0, 'up', 1));
    expect(store.save.value.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(RETRO_SAVE_DELAY_MS);
    expect(deps.saved).toHaveLength(2);
    expect(deps.saved[1]!.healthCheck[0].up).toBe(5);
    expect(store.save.value.kind).toBe('saved');
  });

  it('keeps the edits and says why when saving fails', async () => {
    const deps = memoryDeps();
    const store = createRetroStore(deps);
    await store.start({ date: '2025-03-07', teamName: '', unclearText: '', tickets: { checked: 0, clear: 0 } });
    deps.save = () => Promise.reject(new Error('quota'));
    store.edit((s) => ({ ...s, teamName: 'Kasa' }));
    await vi.advanceTimersByTimeAsync(RETRO_SAVE_DELAY_MS);
    expect(store.save.value).toEqual({ kind: 'error', message: 'quota' });
    expect(store.current.value?.teamName).toBe('Kasa');
  });

  it('removes a session with its share and closes it', async () => {
    const deps = memoryDeps();
    const store = createRetroStore(deps);
    await store.start({ date: '2025-03-07', teamName: '', unclearText: '', tickets: { checked: 1, clear: 1 } });
    await store.remove('s1');
    expect(store.current.value).toBeNull();
    expect(deps.remove).toHaveBeenCalledWith('s1');
    expect(deps.removeShare).toHaveBeenCalledWith('s1');
    expect(store.shares.value).toEqual({});
  });
});
