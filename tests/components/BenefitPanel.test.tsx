import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BenefitPanel } from '@/components/BenefitPanel';
import { createPanelStore } from '@/lib/panel/panel-store';
import { analyze } from '@/lib/analyzer';
import { getAnswer, saveAnswer, watchAnswer } from '@/lib/storage/answers';

const analyzeNow = async (input: Parameters<typeof analyze>[0]) => analyze(input);

function setup(collapsed = false) {
  const store = createPanelStore({ site: 'https://acme.atlassian.net', key: 'SHOP-7' }, { getAnswer, saveAnswer, watchAnswer }, analyzeNow);
  store.setFields({ summary: '<b>Bold</b> summary', description: null, issueType: null, status: null, labels: [] });
  const onToggle = vi.fn();
  render(<BenefitPanel store={store} collapsed={collapsed} onToggleCollapsed={onToggle} />);
  return { store, onToggle };
}

describe('BenefitPanel', () => {
  it('labels every prompt and renders the summary as text', () => {
    setup();
    expect(screen.getByLabelText('Customer')).toBeTruthy();
    expect(screen.getByLabelText('Benefit')).toBeTruthy();
    expect(screen.getByLabelText('Evidence')).toBeTruthy();
    expect(screen.getByLabelText('Note')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Benefit is clear/ })).toBeTruthy();
    expect(screen.getByTestId('panel-summary').textContent).toBe('<b>Bold</b> summary');
    expect(screen.getByTestId('panel-summary').querySelector('b')).toBeNull();
  });

  it('puts what the user types and picks into the draft', () => {
    const { store } = setup();
    fireEvent.input(screen.getByLabelText('Customer'), { target: { value: 'Finance admins' } });
    fireEvent.click(screen.getByRole('radio', { name: /Benefit is unclear/ }));
    expect(store.draft.value.customer).toBe('Finance admins');
    expect(store.draft.value.verdict).toBe('unclear');
    store.dispose();
  });

  it('collapses to its header with a labelled toggle', () => {
    const { onToggle } = setup(true);
    expect(screen.queryByLabelText('Customer')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Expand the customer benefit panel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledOnce();
  });
});

describe('VerdictPicker keyboard', () => {
  it('moves the verdict with the arrow keys, as a radio group does', () => {
    const { store } = setup();
    const group = screen.getByRole('radiogroup');
    fireEvent.keyDown(group, { key: 'ArrowRight' }); // from "not decided" (last) round to "clear"
    expect(store.draft.value.verdict).toBe('clear');
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    expect(store.draft.value.verdict).toBe('unclear');
    fireEvent.keyDown(group, { key: 'ArrowLeft' });
    expect(store.draft.value.verdict).toBe('clear');
    store.dispose();
  });
});
