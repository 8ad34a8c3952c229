import type { Context } from './context';
import { detectLanguage } from './language';
import { maskNoise } from './normalize';
import { tokenize } from './tokens';
import type { Lang } from './types';

/** Masks, tokenises and detects the language of `text` (already capped by the caller). */
export function contextOf(text: string, lang?: Lang): Context {
  const { tokens, sentences } = tokenize(maskNoise(text));
  return { text, tokens, sentences, lang: lang ?? detectLanguage(tokens) };
}
