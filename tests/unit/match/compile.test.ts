import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, loadMatcher, serializeMatcher } from '../../../lib/match/index.ts';

/** Deterministic names over the whole Arabic alphabet: wide and deep nodes, shared prefixes. */
function names(count: number): string[] {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةؤئ';
  let seed = 7;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const word = () => {
    let w = '';
    const len = 2 + Math.floor(rand() * 6);
    for (let i = 0; i < len; i++) w += letters[Math.floor(rand() * letters.length)];
    return w;
  };
  const out = new Set<string>();
  while (out.size < count) out.add(rand() < 0.5 ? word() : `${word()} ${word()}`);
  return [...out];
}

describe('compileMatcher', () => {
  const aliases = names(3000);
  const sources = aliases.map((a, i) => ({ id: `e${i}`, aliases: [a] }));
  const m = compileMatcher(sources, { commonWords: new Set(), shortAliasMax: 0 });

  it('finds every alias standing alone, as its own entity or one sharing its key', () => {
    const loaded = loadMatcher(serializeMatcher(m));
    const wrong = aliases.filter((a, i) => {
      const found = findMentions(loaded, a);
      return (
        found.length !== 1 || found[0]!.end !== a.length || (found[0]!.entity !== `e${i}` && !sharesKey(i))
      );
    });
    expect(wrong).toEqual([]);
  });

  // Different spellings can fold to one key (أ/ا, ى/ي, ة/ه): then the first entity is returned.
  const keys = new Map<string, number>();
  const sharesKey = (i: number) => keys.get(fold(aliases[i]!))! !== i;
  const fold = (s: string) => s.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
  aliases.forEach((a, i) => {
    if (!keys.has(fold(a))) keys.set(fold(a), i);
  });
});
