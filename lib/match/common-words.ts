import corpus from './common-words.json' with { type: 'json' };
import homographs from './homographs.json' with { type: 'json' };

/**
 * Words that are mostly not names in Arabic news: those of ANERcorp's O-tags (common-words.json, built by
 * scripts/build-common-words.ts) and the homographs of default-pack names that the corpus misses
 * (homographs.json, kept by hand). One-word aliases in this set are guarded; see README.md.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([...corpus.words, ...homographs.words]);
