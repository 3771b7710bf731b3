/**
 * Builds lib/match/common-words.json from ANERcorp dev: normalised words (and their proclitic-stripped
 * stems) that the annotators mostly tagged O. A one-word alias in this list is guarded by the matcher.
 * Usage: npx tsx scripts/build-common-words.ts
 */
import { writeFileSync } from 'node:fs';
import { COMMON_WORD_PARAMS, commonWordsFrom } from './lib/common-word-counts.ts';
import { readConll } from './lib/conll.ts';

const words = commonWordsFrom(readConll());
const out = {
  version: 1,
  source: 'ANERcorp dev.conll O-tags (scripts/build-common-words.ts)',
  params: COMMON_WORD_PARAMS,
  words,
};
const path = new URL('../lib/match/common-words.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(out, null, 1)}\n`);
console.log(`${words.length} common words -> ${path.pathname}`);
