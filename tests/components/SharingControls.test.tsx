import { signal } from '@preact/signals';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SharingControls } from '@/components/SharingControls';
import type { SharingStatus, SharingStore } from '@/lib/sharing/panel-sharing';
import type { ReplacedFields } from '@/lib/sharing/shared-merge';

const AT = Date.UTC(2026, 11, 3, 13, 5); // 14:05 in Warsaw, 13:05 UTC

function fakeStore(status: SharingStatus, options: { on?: boolean; replaced?: ReplacedFields; invalid?: boolean } = {}): SharingStore {
  const replaced = signal<ReplacedFields | null>(options.replaced ?? null);
  return {
    choice: signal({ shareThroughJira: options.on ?? true, writeUnclearLabel: false }),
    status: signal(status),
    invalid: signal(options.invalid ?? false),
    replaced,
    setShare: vi.fn(async () => undefined),
    setLabel: vi.fn(async () => undefined),
    takeReplaced: () => {
      const words = replaced.value;
      replaced.value = null;
      return words;
    },
    answerSaved: vi.fn(),
    flush: vi.fn(),
    dispose: vi.fn(),
  };
}

describe('SharingControls', () => {
  it('offers the switch, off by default, and says plainly what it does', () => {
    const store = fakeStore({ kind: 'off' }, { on: false });
    render(<SharingControls sharing={store} onPutBack={vi.fn()} />);
    const toggle = screen.getByRole('switch', { name: 'Share with the team through Jira' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/Writes this answer into the Jira issue, visible to everyone who can see the issue/)).toBeTruthy();
    expect(screen.queryByTestId('sharing-status')).toBeNull();
    fireEvent.click(toggle);
    expect(store.setShare).toHaveBeenCalledWith(true);
  });

  it('says who shared the answer and when', () => {
    render(<SharingControls sharing={fakeStore({ kind: 'shared', by: 'Ana Kowalska', at: AT })} onPutBack={vi.fn()} />);
    const time = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(AT).replace(',', '');
    expect(screen.getByTestId('sharing-status').textContent).toBe(`Shared by Ana Kowalska, ${time}`);
    expect(time).toMatch(/^3 Dec \d\d:05$/);
  });

  it.each([
    ['forbidden', 'Not shared: you cannot edit this issue in Jira. Your answer is kept in your browser.'],
    ['logged-out', 'Not shared: you are not logged in to Jira. Your answer is kept in your browser; log in and edit it again to share it.'],
    ['network', 'Not shared: Could not reach Jira. Your answer is kept in your browser.'],
  ])('a failed write (%s) is an alert that says the words are safe', (errorKind, text) => {
    const status: SharingStatus = { kind: 'error', op: 'push', errorKind, message: { en: 'Could not reach Jira.', pl: 'x' } };
    render(<SharingControls sharing={fakeStore(status)} onPutBack={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toBe(text);
  });

  it('notes an invalid property, and offers to put back words a newer Jira answer replaced', () => {
    const onPutBack = vi.fn();
    render(<SharingControls sharing={fakeStore({ kind: 'idle' }, { invalid: true, replaced: { customer: 'Users' } })} onPutBack={onPutBack} />);
    expect(screen.getByTestId('sharing-invalid').textContent).toContain('is not valid');
    fireEvent.click(screen.getByRole('button', { name: 'Put mine back' }));
    expect(onPutBack).toHaveBeenCalledWith({ customer: 'Users' });
    expect(screen.queryByTestId('sharing-replaced')).toBeNull();
  });

  it('offers the label write-back only while sharing is on', () => {
    const store = fakeStore({ kind: 'idle' });
    render(<SharingControls sharing={store} onPutBack={vi.fn()} />);
    fireEvent.click(screen.getByRole('switch', { name: /Label unclear tickets/ }));
    expect(store.setLabel).toHaveBeenCalledWith(true);
  });
});
