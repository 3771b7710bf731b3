import { normalizeKey, stripProclitics } from '../../lib/arabic/index.ts';
import type { Corpus, GoldSpan } from './conll.ts';

export interface GoldMention extends GoldSpan {
  /** Normalised name with the first token's proclitics removed: the oracle's entity id. */
  name: string;
}

/**
 * The corpus's own gold names as a gazetteer. The first token loses its proclitics when the stem is
 * evidently a name: an ال-stem of 4+ letters (بالرباط → الرباط, للمديرية → المديرية), or a stem that
 * itself begins some gold name elsewhere (بلبنان → لبنان). Otherwise it is kept (وليد stays وليد).
 */
export function goldMentions(c: Corpus): GoldMention[] {
  const firstTokens = new Set<string>();
  for (const s of c.spans) firstTokens.add(normalizeKey(c.tokens[s.first]!));
  return c.spans.map((s) => {
    const words = c.tokens.slice(s.first, s.last).map((t) => normalizeKey(t));
    const [head, ...rest] = words;
    const stem = stripProclitics(head ?? '')
      .slice(1)
      .find((x) => (x.startsWith('ال') && !head!.startsWith('ال') && x.length >= 4) || firstTokens.has(x));
    return { ...s, name: [stem ?? head, ...rest].join(' ') };
  });
}
