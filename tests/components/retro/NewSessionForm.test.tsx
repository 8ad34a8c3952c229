import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NewSessionForm } from '@/components/retro/NewSessionForm';

describe('NewSessionForm', () => {
  it('offers the last team once the sessions have loaded after the first render', () => {
    const { rerender } = render(<NewSessionForm today="2026-12-04" lastTeam="" onStart={() => {}} />);
    expect((screen.getByTestId('session-team') as HTMLInputElement).value).toBe('');
    rerender(<NewSessionForm today="2026-12-04" lastTeam="Checkout squad" onStart={() => {}} />);
    expect((screen.getByTestId('session-team') as HTMLInputElement).value).toBe('Checkout squad');
  });
});
