import { CLASS_WORD, DROP, EXPAND, type FoldOptions, type FoldTables, getFoldTables } from './char-tables.ts';

/** Normalised text with a map back to the original string. */
export interface NormalizedText {
  text: string;
  /** starts[i]: UTF-16 offset in the original of the unit that produced normalised unit i. */
  starts: Int32Array;
  /**
   * ends[i]: original offset just after unit i, including any dropped marks that follow it
   * (a word's harakat belong to the word's span).
   */
  ends: Int32Array;
}

/**
 * Folds text letter by letter (see char-tables.ts) keeping punctuation and spacing as they are, with an
 * offset map. An original range is [starts[a], ends[b - 1]) for a normalised range [a, b).
 */
export function normalize(input: string, opts: Partial<FoldOptions> = {}): NormalizedText {
  const { fold, expansions } = getFoldTables(opts);
  const out: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const f = fold[input.charCodeAt(i)]!;
    if (f === DROP) {
      if (ends.length > 0) ends[ends.length - 1] = i + 1;
      continue;
    }
    const units = f === EXPAND ? expansions.get(input.charCodeAt(i))! : String.fromCharCode(f);
    for (let k = 0; k < units.length; k++) {
      out.push(units.charCodeAt(k));
      starts.push(i);
      ends.push(i + 1);
    }
  }
  let text = '';
  // Chunked to stay below the engine's argument-count limit.
  for (let k = 0; k < out.length; k += 8192) text += String.fromCharCode(...out.slice(k, k + 8192));
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * The stable key of a name for alias indexes and search: letters folded as in normalize(), words (runs of
 * Arabic letters and Latin letters/digits) joined by one space, everything else dropped. Two spellings
 * that the matcher treats as the same name have the same key. Changing this is a format change: bump
 * NORMALIZATION_VERSION (stored alias keys must be rebuilt).
 */
export function normalizeKey(s: string, opts: Partial<FoldOptions> = {}): string {
  const tables = getFoldTables(opts);
  if (isKeyAlready(s, tables.fold, tables.cls)) return s;
  if (keyScratch.length < s.length * 4 + 32) keyScratch = new Uint16Array(s.length * 4 + 32);
  const n = foldKeyInto(s, keyScratch, 0, tables);
  // Built from code units in one go: a flat string hashes and compares faster than a concatenated one.
  return String.fromCharCode.apply(null, keyScratch.subarray(0, n) as unknown as number[]);
}

/**
 * normalizeKey written as code units into out from `at`; returns the end. out needs room for
 * 4 × s.length + 32 units (ligature expansions). Used by the compiler to avoid one string per alias.
 */
export function foldKeyInto(s: string, out: Uint16Array, at: number, tables: FoldTables): number {
  const { fold, cls, expansions } = tables;
  let n = at;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const f = fold[s.charCodeAt(i)]!;
    if (f === DROP) {
      // و or ي + combining hamza above is ؤ or ئ, as composeHamzaSeats reads page text.
      if (s.charCodeAt(i) === HAMZA_ABOVE && n > at && !pendingSpace && !tables.options.foldHamzaSeats) {
        const seat = SEAT_WITH_HAMZA.get(out[n - 1]!);
        if (seat !== undefined) out[n - 1] = seat;
      }
      continue;
    }
    const units = f === EXPAND ? expansions.get(s.charCodeAt(i))! : null;
    for (let k = 0; k < (units ? units.length : 1); k++) {
      const u = units ? units.charCodeAt(k) : f;
      if (cls[u] === CLASS_WORD) {
        if (pendingSpace && n > at) out[n++] = 0x20;
        pendingSpace = false;
        out[n++] = u;
      } else pendingSpace = true;
    }
  }
  return n;
}

let keyScratch = new Uint16Array(256);

/** Fast path: already a key (folds to itself, single inner spaces). */
function isKeyAlready(s: string, fold: Uint16Array, cls: Uint8Array): boolean {
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (fold[c] !== c || cls[c] !== CLASS_WORD) return false;
    else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

/** Bumped whenever normalizeKey or the fold tables change what a key is. */
export const NORMALIZATION_VERSION = 2;

const HAMZA_ABOVE = 0x0654;
/** Folded seat letter → the letter with hamza on it (ى is already ي when folded). */
const SEAT_WITH_HAMZA = new Map([
  [0x0648, 0x0624],
  [0x064a, 0x0626],
]);
const DECOMPOSED_SEAT = /[\u0648\u064a\u0649]\u0654/g;

/**
 * و, ي or ى followed by the combining hamza above, written as ؤ or ئ (the mark stays, and is dropped when
 * folded): the canonical equivalents match alike, and every offset stays where it was.
 */
export function composeHamzaSeats(text: string): string {
  if (text.indexOf('\u0654') < 0) return text;
  return text.replace(DECOMPOSED_SEAT, (pair) => `${pair.charCodeAt(0) === 0x0648 ? 'ؤ' : 'ئ'}\u0654`);
}
