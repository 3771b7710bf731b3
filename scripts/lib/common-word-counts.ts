import { normalizeKey, stripProclitics } from '../../lib/arabic/index.ts';
import type { Corpus } from './conll.ts';

export const COMMON_WORD_PARAMS = {
  /** Seen as O at least this often… */
  minO: 3,
  /** …and O in at least this share of its occurrences (O + inside an entity). */
  minOShare: 0.5,
  /** Keep the shipped list small: the most frequent words are the ones that cause false hits. */
  maxWords: 4000,
};

/**
 * Normalised words (and proclitic-stripped stems) that annotators mostly tagged O, most frequent first
 * cut at maxWords, returned sorted. Tokens [from, to) only, so the eval can hold part of the corpus out.
 */
export function commonWordsFrom(c: Corpus, from = 0, to = c.tokens.length, p = COMMON_WORD_PARAMS): string[] {
  const oCount = new Map<string, number>();
  const entityCount = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const counts = c.tags[i] === 'O' ? oCount : entityCount;
    for (const form of stripProclitics(c.tokens[i]!)) {
      if (form.length < 2 || form.includes(' ') || !/\p{L}/u.test(form)) continue;
      counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  return [...oCount]
    .filter(([w, o]) => o >= p.minO && o / (o + (entityCount.get(w) ?? 0)) >= p.minOShare)
    .sort((a, b) => b[1] - a[1])
    .slice(0, p.maxWords)
    .map(([w]) => normalizeKey(w))
    .sort();
}
