import type { Lang } from './types';
import type { Token } from './tokens';

// Frequent function words that are not words of the other language.
const PL_WORDS = new Set([
  'jako', 'chcę', 'chciałbym', 'chciałabym', 'aby', 'żeby', 'się', 'nie', 'jest', 'oraz', 'dla',
  'przy', 'czy', 'też', 'tak', 'może', 'mogę', 'być', 'dzięki', 'który', 'która', 'które', 'jak',
  'po', 'od', 'do', 'na', 'w', 'z', 'i', 'ze', 'że', 'lub', 'albo', 'ten', 'ta', 'to', 'są',
]);
const EN_WORDS = new Set([
  'the', 'a', 'an', 'as', 'i', 'want', 'so', 'that', 'to', 'of', 'and', 'is', 'are', 'be', 'for',
  'with', 'in', 'on', 'it', 'can', 'should', 'when', 'not', 'this', 'from', 'by', 'or', 'we',
]);
const PL_LETTERS = /[ąćęłńóśźż]/;

/**
 * English unless Polish words or letters outnumber English words. Ties go to English because
 * code identifiers, product names and logs in Polish tickets are English too.
 */
export function detectLanguage(tokens: readonly Token[]): Lang {
  let pl = 0;
  let en = 0;
  // The first words decide; a pasted English stack trace must not outvote a Polish story.
  const limit = Math.min(tokens.length, 400);
  for (let i = 0; i < limit; i++) {
    const w = tokens[i]!.w;
    if (!tokens[i]!.word) continue;
    // "to", "i", "a" are words in both languages; they count for neither side.
    if (PL_WORDS.has(w) && !EN_WORDS.has(w)) pl += 1;
    else if (EN_WORDS.has(w) && !PL_WORDS.has(w)) en += 1;
    else if (PL_LETTERS.test(w)) pl += 1;
  }
  return pl > en ? 'pl' : 'en';
}
