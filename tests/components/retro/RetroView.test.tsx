import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RetroView } from '@/components/retro/RetroView';
import { TrendChart } from '@/components/retro/TrendChart';
import { type RetroDeps, createRetroStore } from '@/lib/retro/retro-store';
import { startSession, tallyVote } from '@/lib/retro/session';
import { trendPoints } from '@/lib/retro/trend';
import type { RetroSession } from '@/lib/storage/retro-sessions';

function deps(): RetroDeps {
  let saved: RetroSession[] = [];
  const listeners: ((s: RetroSession[]) => void)[] = [];
  return {
    list: () => Promise.resolve(saved),
    save: (session) => {
      saved = [session, ...saved.filter((s) => s.id !== session.id)];
      listeners.forEach((l) => l(saved));
      return Promise.resolve(session);
    },
    remove: () => Promise.resolve(),
    watch: (listener) => (listeners.push(listener), () => undefined),
    getShares: () => Promise.resolve({}),
    saveShare: () => Promise.resolve(),
    removeShare: () => Promise.resolve(),
    now: () => 1,
    newId: () => 'session-1',
  };
}

describe('RetroView', () => {
  it('starts a session with question 3 pre-filled, counts thumbs and lists the session', async () => {
    const store = createRetroStore(deps());
    const onStart = (date: string, teamName: string): void =>
      void store.start({ date, teamName, unclearText: 'SHOP-2 Improve the checkout page', tickets: { checked: 2, clear: 1 } });
    render(<RetroView store={store} today="2025-03-07" onStart={onStart} onDownload={() => 'x'} onCopy={() => Promise.resolve()} />);
    fireEvent.input(screen.getByTestId('session-team'), { target: { value: 'Kasa' } });
    fireEvent.click(screen.getByTestId('session-start'));
    await screen.findByTestId('retro-session');
    expect(screen.getByText('As a team, we have a direct dialogue with our customers.')).toBeTruthy();
    expect(screen.getByLabelText(/3\. For which of our topics were, or are, the customer benefits too unclear\?/)).toHaveProperty(
      'value',
      'SHOP-2 Improve the checkout page',
    );
    fireEvent.click(screen.getByTestId('statement-1-up-plus'));
    fireEvent.click(screen.getByTestId('statement-1-up-plus'));
    fireEvent.click(screen.getByTestId('statement-1-down-plus'));
    expect(screen.getByTestId('statement-1-up').textContent).toBe('2');
    expect(screen.getByTestId('statement-1-share').textContent).toBe('Thumbs up: 67 %');
    fireEvent.click(screen.getByTestId('statement-1-down-minus'));
    expect(screen.getByTestId('statement-1-down').textContent).toBe('0');
    expect(screen.getByTestId('statement-1-down-minus')).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByTestId('action-add'));
    fireEvent.input(screen.getByTestId('action-1-owner'), { target: { value: 'Łucja' } });
    expect(store.current.value?.actionItems).toEqual([{ text: '', owner: 'Łucja', done: false }]);
    await waitFor(() => expect(screen.getAllByTestId('session-item')).toHaveLength(1));
    expect(screen.getAllByTestId('session-item')[0]!.textContent).toContain('2025-03-07, Kasa');
  });
});

describe('TrendChart', () => {
  it('is an image with a title and description, and has the numbers as a table', () => {
    const first = tallyVote(startSession({ id: 'a', date: '2025-03-07', teamName: 'T', unclearText: '', now: 1 }), 0, 'up', 1);
    const second = tallyVote(startSession({ id: 'b', date: '2025-03-21', teamName: 'T', unclearText: '', now: 2 }), 0, 'down', 1);
    render(<TrendChart points={trendPoints([first, second], { a: { checked: 4, clear: 1 } })} />);
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)!.textContent)).toEqual([
      'Trend over sessions',
      'Share of thumbs up for each statement, and share of checked tickets with a clear benefit, per session.',
    ]);
    const cells = [...screen.getByTestId('trend-chart-table').querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(cells).toEqual([
      ['100 %', '–', '–', '25 %'],
      ['0 %', '–', '–', '–'],
    ]);
  });
});
