import { compileMatcher, findMentions, type Matcher } from '../../../lib/match/index.ts';
import { SOURCES } from './gazetteer.ts';

export const matcher: Matcher = compileMatcher(SOURCES);

/** Mentions as "entity:text" strings, the easiest shape to read in a table. */
export function found(text: string, m: Matcher = matcher): string[] {
  return findMentions(m, text).map((x) => `${x.entity}:${text.slice(x.start, x.end)}`);
}
