import type { Corpus } from './conll.ts';

/** Deterministic PRNG (mulberry32) so every bench run uses the same alias sets. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` distinct aliases: the corpus's real gold names first, then plausible synthetic names made of
 * real name words (person: given + family, sometimes عبد/أبو compounds; organisations: head noun +
 * gold words), so prefixes collide the way real gazetteers do.
 */
export function aliasSet(c: Corpus, count: number): string[] {
  const out = new Set<string>();
  const given: string[] = [];
  const family: string[] = [];
  const words: string[] = [];
  for (const s of c.spans) {
    const toks = c.tokens.slice(s.first, s.last);
    if (out.size < count) out.add(toks.join(' '));
    if (s.type === 'PERS') {
      given.push(toks[0]!);
      if (toks.length > 1) family.push(toks[toks.length - 1]!);
    } else words.push(...toks);
  }
  const heads = ['منظمة', 'هيئة', 'شركة', 'مجلس', 'جامعة', 'وزارة', 'حركة', 'مركز', 'جمعية', 'اتحاد', 'بنك'];
  const pick = (arr: string[], r: () => number) => arr[Math.floor(r() * arr.length)]!;
  const r = rng(42);
  while (out.size < count) {
    const kind = r();
    if (kind < 0.45) out.add(`${pick(given, r)} ${pick(family, r)}`);
    else if (kind < 0.6) out.add(`${r() < 0.5 ? 'عبد' : 'أبو'} ${pick(given, r)} ${pick(family, r)}`);
    else if (kind < 0.8) out.add(`${pick(given, r)} ${pick(given, r)} ${pick(family, r)}`);
    else out.add(`${pick(heads, r)} ${pick(words, r)} ${pick(words, r)}`);
  }
  return [...out];
}
