import { type FoldTables, foldKeyInto } from '../arabic/index.ts';

/**
 * Words after which Arabic names are often written without a space (عبداللطيف, أبوبكر, ابنرشد);
 * normalised spelling.
 */
export const COMPOUND_PARTICLES: ReadonlySet<string> = new Set(['عبد', 'ابو', 'ابي', 'ابن', 'بن']);
const PARTICLE_UNITS = [...COMPOUND_PARTICLES].map((w) => Array.from(w, (c) => c.charCodeAt(0)));

/** Key units [from, to) are a compound particle (compared in place: compile asks once per word end). */
export function isCompoundParticle(chars: Uint16Array, from: number, to: number): boolean {
  next: for (const units of PARTICLE_UNITS) {
    if (units.length !== to - from) continue;
    for (let i = 0; i < units.length; i++) if (chars[from + i] !== units[i]) continue next;
    return true;
  }
  return false;
}

/**
 * The spacing rule, on key units: the text may leave out the space between the word [word, end) and
 * what follows it from `next` (up to `limit`) when the word is a compound particle or what follows
 * begins with ال. The scanner applies the same rule to text (F_PARTICLE, or ال after a word end).
 */
export function spaceMayBeMissing(
  chars: Uint16Array,
  word: number,
  end: number,
  next: number,
  limit: number,
): boolean {
  return (
    (chars[next] === ALEF && next + 1 < limit && chars[next + 1] === LAM) ||
    isCompoundParticle(chars, word, end)
  );
}

/**
 * One-word aliases of at most this many letters are guarded. 2, not 3: the eval shows ≤ 3 costs
 * 3 points of recall (مصر, قطر, بوش, غزه) for half a point of precision; common 3-letter words
 * (راي, علي) are caught by the data-built common-word list instead.
 */
export const SHORT_ALIAS_MAX = 2;

/** Multi-word aliases starting with ال of at least this many units may be glued to the previous word. */
export const LEAD_GLUE_MIN_LENGTH = 10;

const WAW = 0x0648;
const SPACE = 0x20;
const ALEF = 0x0627;
const LAM = 0x0644;

/**
 * Writes the trie key of an alias into out from `at` and returns its end: normalizeKey, then a
 * standalone و joined to the next word, because the scanner reads "X و Y" in text as "X وY" (a detached
 * conjunction), so both spellings meet in one key.
 */
export function aliasKeyInto(alias: string, out: Uint16Array, at: number, tables: FoldTables): number {
  let n = foldKeyInto(alias, out, at, tables);
  for (let p = at; p + 1 < n; p++) {
    if (out[p] === WAW && out[p + 1] === SPACE && (p === at || out[p - 1] === SPACE)) {
      out.copyWithin(p + 1, p + 2, n);
      n--;
    }
  }
  return n;
}

/** Key units [from, to): multi-word, begins with ال, long. */
export function allowsLeadGlue(chars: Uint16Array, from: number, to: number): boolean {
  if (to - from < LEAD_GLUE_MIN_LENGTH || chars[from] !== ALEF || chars[from + 1] !== LAM) return false;
  for (let p = from; p < to; p++) if (chars[p] === SPACE) return true;
  return false;
}

export function hasSpace(chars: Uint16Array, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (chars[p] === SPACE) return true;
  return false;
}
