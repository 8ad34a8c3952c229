import { type Context, tokenSpan } from './context';
import type { Section } from './sections';
import type { Span } from './types';

// Words that name a measurable signal. A bare number is not evidence: Jira text is full of
// versions and issue keys.
const METRIC_WORDS = new Set([
  'metric', 'metrics', 'kpi', 'kpis', 'conversion', 'nps', 'churn', 'retention', 'rate',
  'measured', 'measure', 'dashboard', 'survey', 'analytics', 'complaints', 'p95', 'p99',
  'latency', 'percent', 'percentage', 'median', 'average',
  'wskaźnik', 'wskaźnika', 'konwersja', 'konwersji', 'mierzone', 'mierzymy', 'zmierzymy',
  'ankieta', 'ankiety', 'reklamacji', 'procent', 'odsetek', 'metryka', 'metryki', 'mediana',
  'średni', 'średnia', 'średnio',
]);
const UNITS = new Set(['%', 'ms', 's', 'sec', 'secs', 'seconds', 'second', 'minutes', 'minute',
  'min', 'mins', 'hours', 'hour', 'h', 'days', 'day', 'x', 'times', 'clicks', 'steps',
  'sekund', 'sekundy', 'minut', 'minuty', 'godzin', 'godziny', 'dni', 'razy', 'kliknięć',
  'kroków', 'kliknięcia', 'tickets', 'zgłoszeń', 'calls', 'połączeń', 'errors', 'błędów']);
// "we will see fewer …", "we'll know when …", "zobaczymy, że …".
const OBSERVATION = new Set(['fewer', 'mniej', 'zobaczymy', 'zauważymy']);
/** Sentences examined; evidence in a long description sits near its top. */
const MAX_SENTENCES = 200;

function hasSignal(ctx: Context, from: number, to: number): boolean {
  const { tokens } = ctx;
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.w;
    if (METRIC_WORDS.has(w) || OBSERVATION.has(w)) return true;
    if (/^\d/.test(w) && UNITS.has(tokens[i + 1]?.w ?? '') && i + 1 < to) return true;
  }
  return false;
}

export function findEvidence(ctx: Context, sections: readonly Section[]): Span | null {
  for (const s of sections) if (s.kind === 'evidence' && s.to > s.from) return tokenSpan(ctx, s.from, s.to);
  const limit = Math.min(ctx.sentences.length, MAX_SENTENCES);
  for (let n = 0; n < limit; n++) {
    const { from, to } = ctx.sentences[n]!;
    if (hasSignal(ctx, from, to)) return tokenSpan(ctx, from, to);
  }
  return null;
}

/** For the team's own evidence answer: any number or signal word will do. */
export function hasEvidenceWords(ctx: Context): boolean {
  return ctx.tokens.some((t) => /^\d/.test(t.w)) || hasSignal(ctx, 0, ctx.tokens.length);
}
