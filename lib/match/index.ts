export { type CompileOptions, compileMatcher } from './compile.ts';
export { MATCHER_FORMAT_VERSION, type Matcher } from './matcher-data.ts';
export { createScanner, findMentions, type Scanner } from './scanner.ts';
export { loadMatcher, serializeMatcher } from './serialize.ts';
export type { MatcherSource, Mention } from './types.ts';
