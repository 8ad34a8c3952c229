import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/popup/PopupView';
import { analyze } from '@/lib/analyzer';
import type { PageInfo } from '@/lib/messages';
import { type PopupDeps, createPopupStore } from '@/lib/review/popup-store';
import type { Answer } from '@/lib/storage/answer-schema';
import { SITE, answer } from '../../lib/review/fixtures';

const ANSWERS = [
  answer({ key: 'SHOP-2', verdict: 'unclear', summary: 'Improve the checkout page', updatedAt: 5 }),
  answer({ key: 'SHOP-3', verdict: 'clear', updatedAt: 4 }),
  answer({ key: 'PAY-1', site: 'https://other.atlassian.net', verdict: 'unclear', updatedAt: 3 }),
];

function deps(page: PageInfo | null, stored: Answer[] = ANSWERS): PopupDeps & { saveAnswer: ReturnType<typeof vi.fn> } {
  const saveAnswer = vi.fn((_ref, _patch, _context) => Promise.resolve(stored[0]!));
  return {
    saveAnswer,
    findTab: () => Promise.resolve(page ? 7 : null),
    askPage: () => Promise.resolve(page),
    watchAnswerList: (callback) => {
      callback(stored);
      return () => undefined;
    },
    storage: {
      getAnswer: (ref) => Promise.resolve(stored.find((a) => a.key === ref.key) ?? null),
      saveAnswer,
      watchAnswer: () => () => undefined,
    },
    analyze: (input) => Promise.resolve(analyze(input)),
  };
}

const ISSUE_PAGE: PageInfo = {
  site: SITE,
  issue: {
    key: 'SHOP-2', summary: 'Improve the checkout page', url: `${SITE}/browse/SHOP-2`,
    description: 'Rework the checkout page so that it is better.', issueType: 'Story', labels: [],
  },
};

describe('PopupView', () => {
  it('on an issue: key, summary, the verdict that counts, reasons, and the panel’s prompts', async () => {
    const store = createPopupStore(deps(ISSUE_PAGE));
    render(<PopupView store={store} onOpenReview={() => undefined} />);
    expect(await screen.findByTestId('popup-issue-key')).toHaveProperty('textContent', 'SHOP-2');
    expect(screen.getByTestId('popup-issue-summary').textContent).toBe('Improve the checkout page');
    await waitFor(() => expect(screen.getByTestId('popup-verdict').textContent).toContain('Unclear'));
    expect(screen.getByTestId('popup-verdict').textContent).toContain('by the team');
    await screen.findByTestId('popup-analysis'); // the analyzer's reasons
    await waitFor(() => expect((screen.getByTestId('prompt-customer') as HTMLTextAreaElement).value).toBe(''));
    expect(screen.getByTestId('verdict-unclear')).toHaveProperty('checked', true);
  });

  it('saves a quick edit through the same prompts as the panel', async () => {
    const d = deps(ISSUE_PAGE);
    render(<PopupView store={createPopupStore(d)} onOpenReview={() => undefined} />);
    fireEvent.click(await screen.findByTestId('verdict-clear'));
    await waitFor(() => expect(d.saveAnswer).toHaveBeenCalled(), { timeout: 2_000 });
    expect(d.saveAnswer.mock.calls[0]![1]).toEqual({ verdict: 'clear' });
    expect(d.saveAnswer.mock.calls[0]![2]).toMatchObject({ summary: 'Improve the checkout page' });
  });

  it('everywhere: counts per site and over all, the latest unclear as links, the way to the review', async () => {
    const onOpenReview = vi.fn();
    render(<PopupView store={createPopupStore(deps({ site: SITE, issue: null }))} onOpenReview={onOpenReview} />);
    expect((await screen.findByTestId('counts-site-answered')).textContent).toBe('2');
    expect(screen.getByTestId('counts-site-unclear').textContent).toBe('1');
    expect(screen.getByTestId('counts-all-answered').textContent).toBe('3');
    expect(screen.getByTestId('counts-all-unclear').textContent).toBe('2');
    expect(screen.getByTestId('popup-no-issue').textContent).toBe('Open a Jira issue to answer its prompts here.');
    const links = [...screen.getByTestId('popup-unclear').querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`${SITE}/browse/SHOP-2`, 'https://other.atlassian.net/browse/PAY-1']);
    fireEvent.click(screen.getByTestId('open-review'));
    expect(onOpenReview).toHaveBeenCalledOnce();
  });

  it('says when the tab is not a Jira page, and leaves out the site row', async () => {
    render(<PopupView store={createPopupStore(deps(null))} onOpenReview={() => undefined} />);
    expect((await screen.findByTestId('popup-no-issue')).textContent).toContain('not a Jira page');
    expect(screen.queryByTestId('counts-site')).toBeNull();
  });
});
