import type { Flag, FlagCode, Severity, Span } from './types';

interface FlagText {
  severity: Severity;
  en: string;
  pl: string;
  /** For bug reports, which state a harm rather than a goal. */
  bug?: { en: string; pl: string };
}

/** Each message says what to write, so the team can fix the ticket in the panel in one go. */
export const FLAG_TEXT: Record<FlagCode, FlagText> = {
  'no-customer': {
    severity: 'error',
    en: "Name who benefits: a role, persona, customer segment or team, e.g. 'As a returning shopper…'.",
    pl: "Napisz, kto skorzysta: rola, persona, segment klientów lub zespół, np. „Jako powracający klient…”.",
    bug: {
      en: "Say who is affected, e.g. 'Customers paying by card…' or 'The support team…'.",
      pl: "Napisz, kogo dotyczy błąd, np. „Klienci płacący kartą…” albo „Zespół wsparcia…”.",
    },
  },
  'vague-customer': {
    severity: 'warning',
    en: "'User' is anyone. Say which users: e.g. 'first-time buyers on mobile' or 'the support team'.",
    pl: "„Użytkownik” to każdy. Doprecyzuj, którzy: np. „nowi kupujący na telefonie” albo „zespół wsparcia”.",
  },
  'no-benefit': {
    severity: 'error',
    en: "Say why: what changes for the customer when this is done, e.g. '…so that I can pay in one step'.",
    pl: "Napisz, po co: co zmieni się dla klienta, gdy to zrobimy, np. „…, abym mógł zapłacić w jednym kroku”.",
    bug: {
      en: "Say what the bug costs the customer, e.g. 'customers on Safari cannot pay'.",
      pl: "Napisz, co błąd odbiera klientowi, np. „klienci w Safari nie mogą zapłacić”.",
    },
  },
  'vague-benefit': {
    severity: 'error',
    en: "The benefit is too general. Name the concrete outcome, e.g. 'checkout takes under a minute'.",
    pl: "Korzyść jest zbyt ogólna. Opisz konkretny efekt, np. „zakup zajmuje mniej niż minutę”.",
  },
  'restates-feature': {
    severity: 'error',
    en: "The benefit repeats the feature. Say what the customer gains from it, not what it does.",
    pl: "Korzyść powtarza funkcję. Napisz, co klient dzięki niej zyska, a nie co ona robi.",
  },
  'internal-only': {
    severity: 'error',
    en: "Only the code or the team gains here. Say which customer, internal or external, benefits and how.",
    pl: "Zyskuje tu tylko kod lub zespół. Napisz, który klient, wewnętrzny lub zewnętrzny, skorzysta i w jaki sposób.",
  },
  'no-evidence': {
    severity: 'info',
    en: "Add how you will know it worked: a number, a metric or something you will observe.",
    pl: "Dodaj, po czym poznacie sukces: liczbę, wskaźnik lub obserwację.",
  },
};

export function makeFlag(code: FlagCode, span: Span | null, isBug: boolean): Flag {
  const text = FLAG_TEXT[code];
  const message = isBug && text.bug ? text.bug : { en: text.en, pl: text.pl };
  return span ? { code, severity: text.severity, message, span } : { code, severity: text.severity, message };
}

/** Points per part; the score is the sum, so each number in the panel can be explained. */
export const SCORE = {
  customer: 35,
  vagueCustomer: 20,
  benefit: 45,
  weakBenefit: 15,
  evidence: 20,
} as const;
