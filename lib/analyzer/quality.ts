import type { BenefitFinding } from './benefit';
import type { Context } from './context';
import { FUNCTION_WORDS } from './lexicon';

// A benefit made only of these says nothing concrete: "so that it is better", "dla wygody".
const VAGUE_WORDS = new Set(`
  better best good great nice nicer improve improved improves improvement improving ux ui user
  users experience easy easier simple simpler happy happier convenience convenient usability
  quality work works working use used using friendly user-friendly efficient efficiency
  optimal nicely smoother smooth things stuff everything overall
  lepiej lepszy lepsza lepsze dobrze dobry wygoda wygody wygodniej wygodnie łatwiej łatwo
  doświadczenie doświadczenia użytkownika użytkowników jakość jakości poprawić poprawa poprawy
  ulepszyć usprawnić usprawnienie działało działa było fajniej ładniej prościej ogólnie`.trim().split(/\s+/));

// A benefit that speaks only of these serves the code or the team: "cleaner code", "refaktoryzacja".
const INTERNAL_WORDS = new Set(`
  code codebase refactor refactoring refactored cleanup clean cleaner debt maintainability
  maintainable readability readable compile compilation header headers deadweight lint linting
  tests test coverage technical tech duplication duplicate dependencies dependency
  kod kodu kodzie refaktoryzacja refaktoryzacji dług długu techniczny technicznego czytelność
  czytelności kompilacji nagłówka testy testów pokrycie duplikacji zależności`.trim().split(/\s+/));

/** Content words, cut to a crude 5-letter stem so "export" meets "exporting" and "eksportu". */
export function contentStems(ctx: Context, from: number, to: number): string[] {
  const stems: string[] = [];
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]!;
    if (t.word && !FUNCTION_WORDS.has(t.w) && !/^\d+$/.test(t.w)) stems.push(t.w.slice(0, 5));
  }
  return stems;
}

export function isVagueBenefit(ctx: Context, b: BenefitFinding): boolean {
  let concrete = 0;
  for (let i = b.from; i < b.to; i++) {
    const t = ctx.tokens[i]!;
    if (t.word && !FUNCTION_WORDS.has(t.w) && !VAGUE_WORDS.has(t.w)) concrete += 1;
  }
  return concrete === 0;
}

/** The benefit only repeats the want: "I want to export CSV so that I can export CSV". */
export function restatesFeature(ctx: Context, b: BenefitFinding): boolean {
  const want = b.want;
  if (!want) return false;
  const benefit = contentStems(ctx, b.from, b.to);
  if (benefit.length === 0) return false;
  const wanted = new Set(contentStems(ctx, want.from, want.to));
  const repeated = benefit.filter((s) => wanted.has(s)).length;
  return repeated / benefit.length >= 0.75;
}

export function speaksOnlyOfInternals(ctx: Context, b: BenefitFinding, labels: readonly string[]): boolean {
  if (labels.some((l) => /refactor|tech[-_ ]?debt|cleanup|dług/i.test(l))) return true;
  for (let i = b.from; i < b.to; i++) if (INTERNAL_WORDS.has(ctx.tokens[i]!.w)) return true;
  return false;
}
