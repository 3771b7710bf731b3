/**
 * The compiled matcher: a double-array trie (base/check) over the symbols of normalised alias keys.
 * Symbols are the distinct folded units of the keys in code order (SPACE joins words); symOf maps a
 * folded unit to its symbol, 0 for units no key contains (the walk stops at once).
 */

/** "SYQM" little-endian. */
export const MATCHER_MAGIC = 0x4d515953;
/** Bump on any change of layout or of what the arrays mean. */
export const MATCHER_FORMAT_VERSION = 5;

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
  /** What a text word can start (word-filter.ts): Bloom filters of a power-of-two size, the jumps. */
  readonly anyWords: Uint32Array;
  readonly walkWords: Uint32Array;
  readonly leadWords: Uint32Array;
  readonly jumps: Int32Array;
  readonly jumpPool: Uint16Array;
  /** symbols[y] = folded unit of symbol y (symbols[0] unused). */
  readonly symbols: Uint16Array;
  /** Folded unit → symbol (derived from symbols on load). */
  readonly symOf: Uint16Array;
  /**
   * Per slot: a terminal's entity (≥ 0) when it has one, else -(1 + k): termLists[k] entities follow
   * at termLists[k + 1 ..], in source order. Read once per mention, so a direct lookup (one cache miss
   * in a large matcher) rather than a search among the terminals.
   */
  readonly termValues: Int32Array;
  readonly termLists: Uint32Array;
  readonly entityIds: readonly string[];
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
