import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TicketsView } from '@/components/review/TicketsView';
import { PAGE_SIZE, createReviewStore } from '@/lib/review/review-store';
import type { Answer } from '@/lib/storage/answer-schema';
import { answer } from '../../lib/review/fixtures';

function storeOf(answers: Answer[]) {
  return createReviewStore((callback) => {
    callback(answers);
    return () => undefined;
  });
}

const keys = (): string[] => screen.getAllByTestId('ticket-row').map((row) => row.getAttribute('data-key')!);

describe('TicketsView', () => {
  const answers = [
    answer({ key: 'SHOP-1', verdict: 'clear', customer: 'Shoppers', updatedAt: 3 }),
    answer({ key: 'SHOP-2', verdict: 'unclear', updatedAt: 1 }),
    answer({ key: 'SHOP-10', verdict: 'clear', updatedAt: 2, summary: 'Żółw w koszyku' }),
  ];

  it('shows unclear tickets first, with the verdict in words and a link to Jira', () => {
    render(<TicketsView store={storeOf(answers)} onDownload={() => 'x'} onCopy={() => Promise.resolve()} />);
    expect(keys()).toEqual(['SHOP-2', 'SHOP-1', 'SHOP-10']);
    const first = screen.getAllByTestId('ticket-row')[0]!;
    expect(within(first).getByRole('link').getAttribute('href')).toBe('https://acme.atlassian.net/browse/SHOP-2');
    expect(first.textContent).toContain('Unclear');
    expect(screen.getByTestId('ticket-count').textContent).toBe('3 of 3 tickets');
  });

  it('sorts by a column header, and tells assistive technology the order', () => {
    render(<TicketsView store={storeOf(answers)} onDownload={() => 'x'} onCopy={() => Promise.resolve()} />);
    fireEvent.click(screen.getByTestId('unclear-first'));
    fireEvent.click(screen.getByTestId('sort-key'));
    expect(keys()).toEqual(['SHOP-1', 'SHOP-2', 'SHOP-10']);
    expect(screen.getByTestId('sort-key').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByTestId('sort-key'));
    expect(keys()).toEqual(['SHOP-10', 'SHOP-2', 'SHOP-1']);
  });

  it('filters by free text and verdict', () => {
    render(<TicketsView store={storeOf(answers)} onDownload={() => 'x'} onCopy={() => Promise.resolve()} />);
    fireEvent.input(screen.getByTestId('filter-text'), { target: { value: 'zolw' } });
    expect(keys()).toEqual(['SHOP-10']);
    fireEvent.click(screen.getByTestId('filter-reset'));
    fireEvent.change(screen.getByTestId('filter-verdict'), { target: { value: 'clear' } });
    expect(keys()).toEqual(['SHOP-1', 'SHOP-10']);
    expect(screen.getByTestId('ticket-count').textContent).toBe('2 of 3 tickets');
  });

  it('renders one page at a time', () => {
    const many = Array.from({ length: 120 }, (_, i) => answer({ key: `BIG-${i + 1}`, customer: 'x', updatedAt: i }));
    render(<TicketsView store={storeOf(many)} onDownload={() => 'x'} onCopy={() => Promise.resolve()} />);
    expect(screen.getAllByTestId('ticket-row')).toHaveLength(PAGE_SIZE);
    expect(screen.getByTestId('page-status').textContent).toBe('Page 1 of 3');
    fireEvent.click(screen.getByTestId('page-next'));
    fireEvent.click(screen.getByTestId('page-next'));
    expect(screen.getAllByTestId('ticket-row')).toHaveLength(20);
    expect(screen.getByTestId('page-next')).toHaveProperty('disabled', true);
  });

  it('says so when there is nothing yet', () => {
    render(<TicketsView store={storeOf([])} onDownload={() => 'x'} onCopy={() => Promise.resolve()} />);
    expect(screen.getByTestId('tickets-none')).toBeTruthy();
  });

  it('exports what is shown and reports it', async () => {
    const formats: string[] = [];
    render(<TicketsView store={storeOf(answers)} onDownload={(f) => (formats.push(f), `t.${f}`)} onCopy={() => Promise.resolve()} />);
    fireEvent.click(screen.getByTestId('export-tickets-csv'));
    expect(formats).toEqual(['csv']);
    expect(screen.getByTestId('export-tickets-status').textContent).toBe('Downloaded t.csv');
    fireEvent.click(screen.getByTestId('export-tickets-copy'));
    expect(await screen.findByText('Copied. Paste it into a Confluence page.')).toBeTruthy();
  });
});
