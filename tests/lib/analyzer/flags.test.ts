import { describe, expect, it } from 'vitest';
import { type AnalyzerInput, type FlagCode, analyze } from '@/lib/analyzer';

function codes(input: AnalyzerInput): FlagCode[] {
  return analyze(input).flags.map((f) => f.code);
}

// Sentences written for these tests; none comes from the labelled data set.
describe('flags, English', () => {
  it.each<[FlagCode, AnalyzerInput]>([
    ['no-customer', { summary: 'Add a retry button to the upload dialog', description: 'So that uploads survive flaky networks.' }],
    ['vague-customer', { summary: 'As a user, I want saved filters so that I can reopen my weekly report in one click.' }],
    ['no-benefit', { summary: 'As a warehouse picker, I want the bin number printed in bold.' }],
    ['vague-benefit', { summary: 'As a travel agent, I want a new colour scheme so that it is better.' }],
    ['vague-benefit', { summary: 'As a travel agent, I want a compact layout to improve UX.' }],
    ['restates-feature', { summary: 'As a bookkeeper, I want to export CSV so that I can export CSV.' }],
    ['internal-only', { summary: 'Refactor the invoice module', description: 'We should split it up so that the code is cleaner.' }],
    ['no-evidence', { summary: 'As a courier, I want the phone number on the label so that I can call before delivery.' }],
  ])('%s', (code, input) => {
    expect(codes(input)).toContain(code);
  });

  it('finds nothing to fix in a complete story', () => {
    const a = analyze({
      summary: 'As a returning shopper, I want my card saved so that I can pay in one step.',
      description: 'Success metric: checkout takes under 30 seconds for 80% of returning shoppers.',
    });
    expect(a.flags).toEqual([]);
    expect(a.verdict).toBe('clear');
    expect(a.score).toBe(100);
  });
});

describe('flags, Polish', () => {
  it.each<[FlagCode, AnalyzerInput]>([
    ['no-customer', { summary: 'Dodać przycisk ponowienia w oknie wysyłania', description: 'Aby wysyłka przetrwała słabe łącze.' }],
    ['vague-customer', { summary: 'Jako użytkownik chcę zapisywać filtry, aby jednym kliknięciem otwierać raport tygodniowy.' }],
    ['no-benefit', { summary: 'Jako magazynier chcę, aby numer regału był pogrubiony.' }],
    ['vague-benefit', { summary: 'Jako agent biura podróży chcę nowy schemat kolorów, aby było lepiej.' }],
    ['vague-benefit', { summary: 'Jako agent biura podróży chcę zwijane menu dla wygody.' }],
    ['restates-feature', { summary: 'Jako księgowa chcę eksportować faktury, aby móc eksportować faktury.' }],
    ['internal-only', { summary: 'Refaktoryzacja modułu faktur', description: 'Aby kod był czytelniejszy.' }],
    ['no-evidence', { summary: 'Jako kurier chcę widzieć numer telefonu na etykiecie, żeby zadzwonić przed dostawą.' }],
  ])('%s', (code, input) => {
    const a = analyze(input);
    expect(a.lang).toBe('pl');
    expect(a.flags.map((f) => f.code)).toContain(code);
  });
});

describe('every flag message says what to write in both languages', () => {
  it('has English and Polish text', () => {
    const a = analyze({ summary: 'x' });
    for (const flag of a.flags) {
      expect(flag.message.en.length).toBeGreaterThan(20);
      expect(flag.message.pl.length).toBeGreaterThan(20);
    }
  });

  it('asks a bug for its harm', () => {
    const a = analyze({ summary: 'Crash on save', issueType: 'Bug' });
    expect(a.flags.find((f) => f.code === 'no-benefit')?.message.en).toMatch(/costs the customer/);
  });
});
