import {
  BREAK,
  F_GUARDED,
  F_LEAD_GLUE,
  F_PARTICLE,
  F_TERMINAL,
  F_WORD_END,
  FLAG_BITS,
  type Matcher,
  SPACE,
  terminalIndex,
} from './matcher-data.ts';

const WAW = 0x0648;
const ALEF = 0x0627;
const LAM = 0x0644;

/**
 * Walks the trie along the scan buffer from one start and keeps the longest accepted end. Accepted: a
 * terminal followed by a word boundary, which is not guarded or whose entity the page has already seen.
 * The walk branches only where a space of an alias may be missing in the text (see README, spacing).
 */
export class TrieWalker {
  codes: Uint16Array = new Uint16Array(0);
  length = 0;
  /** seen[e] = 1: entity e was matched by an unguarded alias earlier on this page. */
  seen: Uint8Array | null = null;
  /** How many entities the page has seen (0: no guarded alias can match, skip the lookup). */
  seenCount = 0;
  bestEnd = -1;
  bestSlot = 0;
  private readonly spaceSym: number;
  private readonly wawSym: number;

  constructor(readonly m: Matcher) {
    this.spaceSym = m.symOf[SPACE]!;
    this.wawSym = m.symOf[WAW]!;
  }

  walk(start: number, pos: number, leadOnly: boolean): void {
    const codes = this.codes;
    const length = this.length;
    const spaceSym = this.spaceSym;
    const nodes = this.m.nodes;
    const symOf = this.m.symOf;
    let bestEnd = this.bestEnd;
    let s = start;
    for (;;) {
      const w = nodes[2 * s]!;
      if (w & F_TERMINAL && pos > bestEnd) {
        // Accepted: whole words only, lead-glue aliases for a glued start, guarded ones once seen.
        const next = pos < length ? codes[pos]! : BREAK;
        if (
          (next === SPACE || next === BREAK) &&
          (!leadOnly || w & F_LEAD_GLUE) &&
          (!(w & F_GUARDED) || this.seenEntityOf(s) >= 0)
        ) {
          bestEnd = pos;
          this.bestEnd = pos;
          this.bestSlot = s;
        }
      }
      if (pos >= length) return;
      const c = codes[pos]!;
      if (c === BREAK) return;
      const b = w >>> FLAG_BITS;
      if (c === SPACE) {
        const t = b + spaceSym;
        if (spaceSym !== 0 && nodes[2 * t + 1] === s) {
          s = t;
          pos++;
          continue;
        }
        // A detached conjunction (الساحل و الصحراء) reads as the glued one the key holds (وY).
        if (
          codes[pos - 1] === WAW &&
          codes[pos - 2] === SPACE &&
          s !== 0 &&
          s - (nodes[2 * nodes[2 * s + 1]!]! >>> FLAG_BITS) === this.wawSym
        ) {
          pos++;
          continue;
        }
        return;
      }
      // Inside a text word where an alias has a space: the space may be missing (عبداللطيف).
      if (w & F_WORD_END && (w & F_PARTICLE || (c === ALEF && codes[pos + 1] === LAM))) {
        const t = b + spaceSym;
        if (nodes[2 * t + 1] === s) {
          this.walk(t, pos, leadOnly);
          bestEnd = this.bestEnd;
        }
      }
      const y = symOf[c]!;
      const t = b + y;
      if (y === 0 || nodes[2 * t + 1] !== s) return;
      s = t;
      pos++;
    }
  }

  /** The first entity of terminal `slot` already seen on the page, or -1. */
  seenEntityOf(slot: number): number {
    const seen = this.seen;
    if (!seen || this.seenCount === 0) return -1;
    const m = this.m;
    const t = terminalIndex(m, slot);
    for (let k = m.termEntStart[t]!; k < m.termEntStart[t + 1]!; k++) {
      const e = m.termEnts[k]!;
      if (seen[e]) return e;
    }
    return -1;
  }
}
