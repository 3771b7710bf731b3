import data from './common-words.json' with { type: 'json' };

/**
 * Normalised words that are mostly not names in Arabic news (built from ANERcorp O-tags by
 * scripts/build-common-words.ts). One-word aliases in this set are guarded; see README.md.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(data.words);
