import type { AnalyzerInput } from './types';

/**
 * Only this many characters are analysed. Ticket descriptions past 100 KB are logs or pasted
 * dumps; the benefit, if any, is near the top, and the cap keeps the worst case fast.
 */
export const MAX_ANALYZED_CHARS = 100_000;

/** Between summary and description, so the summary always ends a sentence. */
export const FIELD_SEPARATOR = '\n\n';

/**
 * The exact string every `Span` of an `Analysis` points into: the summary, a blank line, the
 * description (when there is one), cut at `MAX_ANALYZED_CHARS`.
 */
export function analyzedText(input: Pick<AnalyzerInput, 'summary' | 'description'>): string {
  const summary = input.summary ?? '';
  const description = input.description ?? '';
  const full = description ? summary + FIELD_SEPARATOR + description : summary;
  return full.length > MAX_ANALYZED_CHARS ? full.slice(0, MAX_ANALYZED_CHARS) : full;
}
