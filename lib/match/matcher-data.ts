/**
 * The compiled matcher: a double-array trie (base/check) over the symbols of normalised alias keys.
 * Symbols are the distinct folded units of the keys in code order (SPACE joins words); symOf maps a
 * folded unit to its symbol, 0 for units no key contains (the walk stops at once).
 */

/** "SYQM" little-endian. */
export const MATCHER_MAGIC = 0x4d515953;
/** Bump on any change of layout or of what the arrays mean. */
export const MATCHER_FORMAT_VERSION = 4;

/** Slot flags. */
export const F_TERMINAL = 1;
/** A one-word alias that is short or a common word: needs evidence on the page (the guard). */
export const F_GUARDED = 2;
/** The slot has a SPACE child: a word of some alias ends here. */
export const F_WORD_END = 4;
/** The word ending here is a compound particle (عبد, ابو, ...): the next word may be glued to it. */
export const F_PARTICLE = 8;
/** A long multi-word alias beginning with ال: may start glued to the previous word. */
export const F_LEAD_GLUE = 16;
/** Low bits of nodes[2s] that hold the flags; the base is nodes[2s] >>> FLAG_BITS. */
export const FLAG_BITS = 5;
export const FLAG_MASK = (1 << FLAG_BITS) - 1;

export const SPACE = 0x20;

export interface Matcher {
  readonly formatVersion: number;
  readonly foldHamzaSeats: boolean;
  /**
   * Two words per slot, interleaved so that one transition touches one cache line:
   * nodes[2s] = base[s] << FLAG_BITS | flags[s], nodes[2s + 1] = check[s]. The child of slot s by
   * symbol y is t = base[s] + y when check[t] === s. The root is slot 0.
   */
  readonly nodes: Int32Array;
  /** symbols[y] = folded unit of symbol y (symbols[0] unused). */
  readonly symbols: Uint16Array;
  /** Folded unit → symbol (derived from symbols on load). */
  readonly symOf: Uint16Array;
  /** Terminal slots, ascending; parallel to termEntStart. */
  readonly termSlots: Uint32Array;
  /** Entities of terminal t: termEnts[termEntStart[t]..termEntStart[t+1]), in source order. */
  readonly termEntStart: Uint32Array;
  readonly termEnts: Uint32Array;
  /**
   * Derived on compile and load, not serialised: termBuckets[b] = first terminal whose slot is at least
   * b << TERM_BUCKET_BITS, so finding a terminal's index is a short scan instead of a binary search.
   */
  readonly termBuckets: Uint32Array;
  readonly entityIds: readonly string[];
}

/** Slots per bucket of Matcher.termBuckets (as a shift). */
export const TERM_BUCKET_BITS = 3;

export function termBucketsOf(termSlots: Uint32Array, slots: number): Uint32Array {
  const count = (slots >>> TERM_BUCKET_BITS) + 2;
  const out = new Uint32Array(count);
  let t = 0;
  for (let b = 0; b < count; b++) {
    const lo = b << TERM_BUCKET_BITS;
    while (t < termSlots.length && termSlots[t]! < lo) t++;
    out[b] = t;
  }
  return out;
}

export function symbolTable(symbols: Uint16Array): Uint16Array {
  const symOf = new Uint16Array(0x10000);
  for (let y = 1; y < symbols.length; y++) symOf[symbols[y]!] = y;
  return symOf;
}

/** Child of slot s by folded unit c, or -1. */
export function childOf(m: Matcher, s: number, c: number): number {
  const y = m.symOf[c]!;
  if (y === 0) return -1;
  const t = (m.nodes[2 * s]! >>> FLAG_BITS) + y;
  return m.nodes[2 * t + 1] === s ? t : -1;
}

/** Index of terminal slot s in termSlots, or -1. */
export function terminalIndex(m: Matcher, s: number): number {
  const termSlots = m.termSlots;
  const b = s >>> TERM_BUCKET_BITS;
  const end = m.termBuckets[b + 1]!;
  for (let t = m.termBuckets[b]!; t < end; t++) if (termSlots[t] === s) return t;
  return -1;
}
