import { allowsLeadGlue, spaceMayBeMissing } from './alias-keys.ts';
import type { KeyBatch } from './key-batch.ts';

/*
 * What a text word can start, looked up by the word's hash before any walk. Most words of a page start
 * no name, yet their walks go several letters deep into a large trie (most words share the ال of some
 * alias) and miss the cache at every step; and a word that does start names is walked letter by letter
 * to the same slot every time it occurs. So (see README, the compiled structure):
 * - `any`, a one-hash Bloom filter of every text word a key can start with: one bit says "no name
 *   starts here" for most words;
 * - `jumps`, a hash table from a key's exact first word to its slot in the trie: the walk starts after
 *   the word, once the word's letters are checked against the table's copy of them;
 * - `walk`, a Bloom filter of the words that start names but have no jump (written together with the
 *   next word, a detached و, a word with another alias word inside it): walked letter by letter;
 * - `lead`, a Bloom filter of the first words of names that may be glued to the word before them.
 *
 * A word's hash is over the trie symbols of its letters, skipping units with no symbol (marks, and
 * letters no key contains: those end every walk anyway, so skipping them only lets a word through):
 * h = h·B + x letter by letter. Then h(uv) = h(u)·B^|v| + h(v), so the scanner hashes a word once, from
 * after its proclitics, and puts each proclitic reading's few letters in front of that.
 */
export const WORD_HASH_B = 0x01000193;
const MIX = 0x9e3779b1;
const MIN_BITS = 10;
/** 128 KB: more bits filter a little better but miss the cache more (measured). */
const MAX_BITS = 20;
const SPACE = 0x20;
const WAW = 0x0648;
/** Jump table entry: hash, slot + 1 (0: empty), pool start << 8 | length. */
export const JUMP_WORDS = 3;
const MAX_JUMP_LENGTH = 255;
/** Pool offsets have 24 bits. */
const MAX_POOL = 2 ** 24 - MAX_JUMP_LENGTH;

/** h(uv) from h(u), h(v) and B^|v|. */
export const concat = (hu: number, hv: number, powV: number) => (Math.imul(hu, powV) + hv) | 0;

const extend = (h: number, y: number) => (Math.imul(h, WORD_HASH_B) + y) | 0;

/** Bit index of hash h in a filter of 2^(32 - shift) bits. */
const bitOf = (h: number, shift: number) => Math.imul(h ^ (h >>> 15), MIX) >>> shift;

export function filterShift(filter: Uint32Array): number {
  return 32 - 5 - Math.log2(filter.length);
}

export function mayStart(filter: Uint32Array, shift: number, h: number): boolean {
  const x = bitOf(h, shift);
  return ((filter[x >>> 5]! >>> (x & 31)) & 1) === 1;
}

/** First table index for hash h (the table has a power-of-two number of entries). */
export const jumpHome = (h: number, mask: number) => (Math.imul(h, MIX) >>> 7) & mask;

export interface WordFilters {
  any: Uint32Array;
  walk: Uint32Array;
  lead: Uint32Array;
  /** JUMP_WORDS Int32 per entry, a power-of-two number of entries, linear probing. */
  jumps: Int32Array;
  /** The symbols of the jump words. */
  pool: Uint16Array;
}

/** The trie as compile has it: the slot of a key's first word, or -1 when that word cannot jump. */
export type FirstWordSlot = (from: number, end: number) => number;

/**
 * The filters of a key batch. A key "w1 w2 … wk" can start at a text word w1, or w1w2… where the
 * spacing rules let the text leave a space out (after a compound particle, before ال), or at a و
 * written apart when w1 begins with و (a detached conjunction read into the key). Only w1 itself can
 * jump.
 */
export function buildWordFilters(b: KeyBatch, symOf: Uint16Array, firstWordSlot: FirstWordSlot): WordFilters {
  // Sized for about three words per key: the filters stop growing at MAX_BITS long before that
  // estimate matters.
  const glued = new Uint8Array(b.count);
  let gluedKeys = 0;
  for (let k = 0; k < b.count; k++) {
    if (allowsLeadGlue(b.chars, b.start[k]!, b.start[k]! + b.len[k]!)) {
      glued[k] = 1;
      gluedKeys++;
    }
  }
  const any = new Uint32Array(filterWords(3 * b.count));
  const walk = new Uint32Array(filterWords(3 * b.count));
  const lead = new Uint32Array(filterWords(3 * gluedKeys));
  const jumps = new JumpBuilder(b.chars);
  const anyShift = filterShift(any);
  const walkShift = filterShift(walk);
  const leadShift = filterShift(lead);
  const wawHash = symOf[WAW]!;
  for (let k = 0; k < b.count; k++) {
    const from = b.start[k]!;
    const to = from + b.len[k]!;
    if (b.chars[from] === WAW && to - from > 1 && b.chars[from + 1] !== SPACE) {
      add(any, anyShift, wawHash);
      add(walk, walkShift, wawHash);
    }
    let h = 0;
    let word = from;
    for (let p = from; p <= to; p++) {
      const c = p < to ? b.chars[p]! : SPACE;
      if (c !== SPACE) {
        h = extend(h, symOf[c]!);
        continue;
      }
      add(any, anyShift, h);
      if (glued[k]) add(lead, leadShift, h);
      // Most keys share their first word with others: the trie is read once per distinct word.
      if (word !== from || !jumps.has(h, from, p, firstWordSlot)) add(walk, walkShift, h);
      // The next word may be written together with these only where the scanner reads a missing space.
      if (p === to || !spaceMayBeMissing(b.chars, word, p, p + 1, to)) break;
      word = p + 1;
    }
  }
  const { table, pool } = jumps.build(symOf);
  return { any, walk, lead, jumps: table, pool };
}

/** Filter size in 32-bit words for n entries: about 16 bits per entry, a power of two. */
function filterWords(n: number): number {
  let bits = MIN_BITS;
  while (bits < MAX_BITS && 2 ** bits < n * 16) bits++;
  return 2 ** (bits - 5);
}

function add(filter: Uint32Array, shift: number, h: number): void {
  const x = bitOf(h, shift);
  filter[x >>> 5]! |= 1 << (x & 31);
}

/** Distinct first words (by hash, then by letters) with their slots (-1: no jump). */
class JumpBuilder {
  readonly #chars: Uint16Array;
  /** Open addressing by hash: word id + 1; at most half full. */
  #index = new Int32Array(1024);
  /** Flat (hash, slot, from, to) per distinct word. */
  readonly #words: number[] = [];
  #poolLength = 0;

  constructor(chars: Uint16Array) {
    this.#chars = chars;
  }

  /** Whether the first word [from, to) with hash h has a jump; its slot is read once per word. */
  has(h: number, from: number, to: number, slotOf: FirstWordSlot): boolean {
    const mask = this.#index.length - 1;
    let x = jumpHome(h, mask);
    for (let id = this.#index[x]!; id !== 0; x = (x + 1) & mask, id = this.#index[x]!) {
      const at = 4 * (id - 1);
      if (this.#words[at] === h && this.#sameWord(at, from, to)) return this.#words[at + 1]! >= 0;
    }
    let slot = slotOf(from, to);
    if (slot >= 0 && (to - from > MAX_JUMP_LENGTH || this.#poolLength + to - from > MAX_POOL)) slot = -1;
    this.#index[x] = this.#words.length / 4 + 1;
    this.#words.push(h, slot, from, to);
    if (this.#words.length / 4 > this.#index.length / 2) this.#grow();
    if (slot >= 0) this.#poolLength += to - from;
    return slot >= 0;
  }

  build(symOf: Uint16Array): { table: Int32Array; pool: Uint16Array } {
    const words = this.#words;
    let count = 0;
    for (let at = 0; at < words.length; at += 4) if (words[at + 1]! >= 0) count++;
    let size = 1;
    while (size < count * 2) size *= 2;
    const table = new Int32Array(size * JUMP_WORDS);
    const pool = new Uint16Array(this.#poolLength);
    let end = 0;
    for (let at = 0; at < words.length; at += 4) {
      const h = words[at]!;
      const slot = words[at + 1]!;
      const from = words[at + 2]!;
      const to = words[at + 3]!;
      if (slot < 0) continue;
      for (let p = from; p < to; p++) pool[end + p - from] = symOf[this.#chars[p]!]!;
      let e = jumpHome(h, size - 1);
      while (table[e * JUMP_WORDS + 1] !== 0) e = (e + 1) & (size - 1);
      table[e * JUMP_WORDS] = h;
      table[e * JUMP_WORDS + 1] = slot + 1;
      table[e * JUMP_WORDS + 2] = (end << 8) | (to - from);
      end += to - from;
    }
    return { table, pool };
  }

  #grow(): void {
    const index = new Int32Array(this.#index.length * 2);
    const mask = index.length - 1;
    for (let at = 0; at < this.#words.length; at += 4) {
      let x = jumpHome(this.#words[at]!, mask);
      while (index[x] !== 0) x = (x + 1) & mask;
      index[x] = at / 4 + 1;
    }
    this.#index = index;
  }

  #sameWord(at: number, from: number, to: number): boolean {
    const f = this.#words[at + 2]!;
    if (this.#words[at + 3]! - f !== to - from) return false;
    for (let p = 0; p < to - from; p++) if (this.#chars[f + p] !== this.#chars[from + p]) return false;
    return true;
  }
}
