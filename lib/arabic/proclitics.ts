import { normalizeKey } from './normalize.ts';

const WAW = 'و';
const FA = 'ف';

/**
 * Candidate stems of one word under Siyaq's proclitic rules, unstripped first:
 * (و|ف)?(ب|ك|ل)? before any word, and لل+rest read as ال+rest (للأمن → الأمن). A ل is not stripped
 * before ال because Arabic writes ل+ال as لل. Stems shorter than two letters are not offered.
 * The word is normalised first (normalizeKey), so callers may pass raw text.
 */
export function stripProclitics(word: string): string[] {
  const w = normalizeKey(word);
  const out = [w];
  const add = (s: string) => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  const afterConj = w.startsWith(WAW) || w.startsWith(FA) ? [w, w.slice(1)] : [w];
  for (const [i, rest] of afterConj.entries()) {
    if (i > 0) add(rest);
    const p = rest[0];
    if (p === 'ب' || p === 'ك') add(rest.slice(1));
    else if (p === 'ل') {
      if (rest.startsWith('لل')) add(`ا${rest.slice(1)}`);
      else add(rest.slice(1));
    }
  }
  return out;
}
