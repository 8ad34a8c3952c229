import { describe, expect, it } from 'vitest';
import { MAX_ANALYZED_CHARS, analyze, analyzedText } from '@/lib/analyzer';

describe('what the analyzer finds', () => {
  it.each([
    ['As a support agent, I want order search by phone so that I can answer calls faster.', 'support agent', 'I can answer calls faster'],
    ['In order to cut failed deliveries, as a courier I want the phone number on the label.', 'courier', 'cut failed deliveries'],
    ['As a planner, I want to see holidays on the board, to avoid booking people who are away.', 'planner', 'avoid booking people who are away'],
    ['Jako księgowa chcę eksportować faktury, aby szybciej zamykać miesiąc.', 'księgowa', 'szybciej zamykać miesiąc'],
    ['Jako autor chcę, aby tekst zapisywał się sam, żebym nie tracił pracy.', 'autor', 'nie tracił pracy'],
    ['Jako kierowca, chciałbym widzieć korki, tak aby omijać zatory.', 'kierowca', 'omijać zatory'],
  ])('%s', (summary, customer, benefit) => {
    const a = analyze({ summary });
    expect(a.customer?.text).toBe(customer);
    expect(a.benefit?.text).toBe(benefit);
  });

  it('reads the want after "chcę, aby" as the want, not the benefit', () => {
    expect(analyze({ summary: 'Jako kurier chcę, aby system wysyłał SMS-y.' }).hasBenefit).toBe(false);
  });

  it('reads a bug report that states a harm', () => {
    const a = analyze({ summary: 'Checkout broken on Safari', description: 'Customers cannot pay by card on Safari.', issueType: 'Bug' });
    expect(a.customer?.text).toBe('Customers');
    expect(a.hasBenefit).toBe(true);
  });

  it('does not read a bare error message as a customer or a benefit', () => {
    const a = analyze({ summary: 'NullPointerException in InvoiceService', description: 'java.lang.NullPointerException at InvoiceService.java:42' });
    expect(a.hasCustomer).toBe(false);
    expect(a.hasBenefit).toBe(false);
    expect(a.verdict).toBe('unclear');
  });

  it('reads headed sections', () => {
    const a = analyze({
      summary: 'CSV export of invoices',
      description: 'h2. Customer\nThe finance team\nh2. Why\nClosing the month takes three days of copying.\nh2. Success metric\nMonth close drops from 3 days to 1.',
    });
    expect(a.customer?.text).toBe('The finance team');
    expect(a.benefit?.text).toBe('Closing the month takes three days of copying.');
    expect(a.evidence?.text).toBe('Month close drops from 3 days to 1.');
    expect(a.verdict).toBe('clear');
  });

  it('reads Polish sections', () => {
    const a = analyze({ summary: 'Eksport PDF', description: 'Dla kogo: dział księgowości\nKorzyść dla klienta: faktury trafiają do biura bez przepisywania.' });
    expect(a.customer?.text).toBe('dział księgowości');
    expect(a.benefit?.text).toBe('faktury trafiają do biura bez przepisywania.');
  });

  it('ignores purpose words inside code, URLs and markup', () => {
    const a = analyze({
      summary: 'Upgrade the HTTP client',
      description: '* bump to 5.2\n{code}// so that we can retry\n{code}\nSee https://example.com/so-that-docs and `in order to`.',
    });
    expect(a.hasBenefit).toBe(false);
  });

  it('copes with list markers and wiki bold around a story', () => {
    const a = analyze({ summary: 'Saved cards', description: '# *As a returning shopper, I want saved cards so that I can pay in one step.*' });
    expect(a.customer?.text).toBe('returning shopper');
    expect(a.benefit?.text).toBe('I can pay in one step');
  });
});

describe('spans', () => {
  it('point into summary + blank line + description', () => {
    const input = { summary: 'Saved cards', description: 'As a shopper I want saved cards so that I pay faster.' };
    const text = analyzedText(input);
    expect(text).toBe(`${input.summary}\n\n${input.description}`);
    const a = analyze(input);
    for (const span of [a.customer!, a.benefit!]) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('caps the analysed text', () => {
    expect(analyzedText({ summary: 'x'.repeat(MAX_ANALYZED_CHARS * 2) })).toHaveLength(MAX_ANALYZED_CHARS);
  });

  it('offers the findings as a suggestion for the prompts', () => {
    const a = analyze({ summary: 'As a support agent, I want order search by phone so that I can answer calls faster.' });
    expect(a.suggestion).toEqual({ customer: 'support agent', benefit: 'I can answer calls faster' });
  });
});

describe("the team's annotation", () => {
  const ticket = { summary: 'Add dark mode' };

  it('makes a ticket clear when it passes the same checks', () => {
    const a = analyze({ ...ticket, annotation: { customer: 'night-shift dispatchers', benefit: 'less eye strain during 12-hour shifts', evidence: 'fewer complaints in the shift survey' } });
    expect(a.verdict).toBe('clear');
    expect(a.flags).toEqual([]);
    expect(a.score).toBe(100);
  });

  it('does not when the benefit is vague', () => {
    const a = analyze({ ...ticket, annotation: { customer: 'dispatchers', benefit: 'it is better' } });
    expect(a.verdict).toBe('unclear');
    expect(a.flags.map((f) => f.code)).toContain('vague-benefit');
  });

  it('does not when the benefit restates the feature', () => {
    const a = analyze({ summary: 'As a dispatcher I want to export routes', annotation: { benefit: 'export routes' } });
    expect(a.flags.map((f) => f.code)).toContain('restates-feature');
  });
});

describe('score', () => {
  it('adds up from customer, benefit and evidence', () => {
    expect(analyze({ summary: 'Fix it' }).score).toBe(0);
    expect(analyze({ summary: 'As a courier, I want labels.' }).score).toBe(35);
    expect(analyze({ summary: 'As a courier, I want labels so that I find the door.' }).score).toBe(80);
    expect(analyze({ summary: 'As a user, I want labels so that I find the door.' }).score).toBe(65);
  });
});
