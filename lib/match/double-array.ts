import type { KeyBatch } from './key-batch.ts';
import { SPACE } from './matcher-data.ts';

export interface DoubleArray {
  /**
   * Two words per slot, the layout of Matcher.nodes before the flags are shifted in: nodes[2s] = base,
   * nodes[2s + 1] = check. The child of slot s by symbol y is t = base + y, valid when check[t] === s.
   * A free slot has base 0 and check -1.
   */
  nodes: Int32Array;
  size: number;
  /** Terminal slots; the keys ending at termSlots[t] are termKeys[termKeyStart[t]..[t+1]). */
  termSlots: Uint32Array;
  termKeyStart: Uint32Array;
  termKeys: Uint32Array;
  /**
   * Slots with a SPACE child (wordEndSlot[i], i < wordEndCount), each with a key through it and its
   * depth (to read the word that ends there).
   */
  wordEndCount: number;
  wordEndSlot: Uint32Array;
  wordEndKey: Uint32Array;
  wordEndDepth: Uint32Array;
}

/** Free slots tried as a node's first child before the node goes to the frontier. */
const MAX_TRIES = 512;
/** Nodes down to this depth are split breadth-first: their children (levels 1-4) placed in that order. */
const BFS_DEPTH = 3;

/**
 * The keys' trie, built straight into a double array (Aoe 1989): one transition is two loads and a
 * compare, whatever the fan-out. One sweep does both. A node owns a range of key indices that share
 * its prefix; it is split by the unit at its depth (MSD radix partitioning: no string sort, no
 * hashing), and its children are placed at once. The first levels go breadth-first (every walk
 * starts there: they stay compact and cached), the rest depth-first (preorder), so the single-child
 * chain that ends most keys takes consecutive free slots and a walk down one key stays within a few
 * cache lines.
 *
 * Bases are first-fit over a linked list of free slots (so a search never walks through occupied
 * ones), bounded, then the frontier beyond which every slot is free. The list lives in the free slots
 * themselves (base = previous, check = -(next + 1)), and no trie is built apart: on a cold 100k compile
 * every fresh page of memory costs a fault.
 */
export function buildDoubleArray(b: KeyBatch, symOf: Uint16Array, symbolCount: number): DoubleArray {
  const { chars, start: keyStart, len: keyLen } = b;
  let units = 0;
  let spaces = 0;
  for (let k = 0; k < b.count; k++) {
    const s = keyStart[k]!;
    units += keyLen[k]!;
    for (let p = s; p < s + keyLen[k]!; p++) if (chars[p] === SPACE) spaces++;
  }
  // Name lists share prefixes: about 0.4 trie nodes per key unit (the array grows if that is short).
  const places = new Placement(Math.ceil(units * 0.45) + symbolCount * 4 + 1024, symbolCount);

  // Terminals: at most one per key; word ends: at most one per space unit of the keys.
  const termSlots = new Uint32Array(b.count);
  const termKeyStart = new Uint32Array(b.count + 1);
  const termKeys = new Uint32Array(b.count);
  let termCount = 0;
  let termKeyCount = 0;
  const wordEndSlot = new Uint32Array(spaces);
  const wordEndKey = new Uint32Array(spaces);
  const wordEndDepth = new Uint32Array(spaces);
  let wordEndCount = 0;

  const idx = new Uint32Array(b.count);
  const tmp = new Uint32Array(b.count);
  for (let k = 0; k < b.count; k++) idx[k] = k;
  const counts = new Uint32Array(0x10000);
  // Distinct units of the current range; a typed array because resetting a JS array's length frees it.
  const touched = new Uint16Array(0x10000);
  const syms = new Uint16Array(symbolCount + 1);
  // Nodes waiting to be split: key range, depth, slot (their ranges are disjoint: at most one per key
  // and the root). The breadth-first levels read them as a queue from `head`, the rest as a stack.
  const pending = new Pending(b.count + 1);
  pending.push(0, b.count, 0, 0);
  let head = 0;
  let breadthFirst = true;

  for (;;) {
    let at: number;
    if (breadthFirst && head < pending.size && pending.depth[head]! <= BFS_DEPTH) at = head++;
    else {
      if (breadthFirst) {
        // The deep nodes wait in [head, size) in breadth-first order: a stack that pops them so.
        pending.dropFront(head);
        pending.reverse(0);
        breadthFirst = false;
      }
      if (pending.size === 0) break;
      at = --pending.size;
    }
    const from = pending.lo[at]!;
    const to = pending.hi[at]!;
    const d = pending.depth[at]!;
    const slot = pending.slot[at]!;

    let ends = 0;
    let nt = 0;
    for (let k = from; k < to; k++) {
      const key = idx[k]!;
      if (keyLen[key] === d) ends++;
      else {
        const c = chars[keyStart[key]! + d]!;
        if (counts[c]!++ === 0) touched[nt++] = c;
      }
    }
    if (ends > 0) {
      termSlots[termCount] = slot;
      termKeyStart[termCount++] = termKeyCount;
    }
    // Usually one or two distinct units: insertion sort beats a comparator call per node.
    for (let i = 1; i < nt; i++) {
      const v = touched[i]!;
      let j = i - 1;
      for (; j >= 0 && touched[j]! > v; j--) touched[j + 1] = touched[j]!;
      touched[j + 1] = v;
    }
    for (let i = 0; i < nt; i++) syms[i] = symOf[touched[i]!]!;
    const base = nt > 0 ? places.place(slot, syms, nt) : 0;

    // Prefix sums: terminal keys first, then one bucket per unit in code order.
    let begin = from + ends;
    for (let i = 0; i < nt; i++) {
      const c = touched[i]!;
      const size = counts[c]!;
      counts[c] = begin;
      begin += size;
      // Every key in the range shares the prefix, so any of them shows the word ending here.
      if (c === SPACE) {
        wordEndSlot[wordEndCount] = slot;
        wordEndKey[wordEndCount] = idx[from]!;
        wordEndDepth[wordEndCount++] = d;
      }
    }
    // Children are queued in order (breadth-first) or stacked in reverse (the first is split first).
    for (let j = 0; j < nt; j++) {
      const i = breadthFirst ? j : nt - 1 - j;
      const end = i + 1 < nt ? counts[touched[i + 1]!]! : to;
      pending.push(counts[touched[i]!]!, end, d + 1, base + syms[i]!);
    }

    if (ends === 0 && nt === 1) {
      // A chain link (the common case below the first letters): the order is already right.
      counts[touched[0]!] = 0;
      continue;
    }
    let t = from;
    for (let k = from; k < to; k++) {
      const key = idx[k]!;
      if (keyLen[key] === d) {
        tmp[t++] = key;
        termKeys[termKeyCount++] = key;
      } else tmp[counts[chars[keyStart[key]! + d]!]!++] = key;
    }
    for (let i = 0; i < nt; i++) counts[touched[i]!] = 0;
    for (let k = from; k < to; k++) idx[k] = tmp[k]!;
  }
  termKeyStart[termCount] = termKeyCount;
  const { nodes, size } = places.finish();
  return {
    nodes,
    size,
    termSlots: termSlots.subarray(0, termCount),
    termKeyStart: termKeyStart.subarray(0, termCount + 1),
    termKeys: termKeys.subarray(0, termKeyCount),
    wordEndCount,
    wordEndSlot,
    wordEndKey,
    wordEndDepth,
  };
}

/** The nodes waiting to be split, as parallel arrays. */
class Pending {
  lo: Uint32Array;
  hi: Uint32Array;
  depth: Uint32Array;
  slot: Uint32Array;
  size = 0;

  constructor(capacity: number) {
    this.lo = new Uint32Array(capacity);
    this.hi = new Uint32Array(capacity);
    this.depth = new Uint32Array(capacity);
    this.slot = new Uint32Array(capacity);
  }

  push(lo: number, hi: number, depth: number, slot: number): void {
    if (this.size === this.lo.length) this.#grow();
    const i = this.size++;
    this.lo[i] = lo;
    this.hi[i] = hi;
    this.depth[i] = depth;
    this.slot[i] = slot;
  }

  /** Forgets the first n entries. */
  dropFront(n: number): void {
    for (const a of [this.lo, this.hi, this.depth, this.slot]) a.copyWithin(0, n, this.size);
    this.size -= n;
  }

  #grow(): void {
    const more = <T extends Uint32Array>(a: T) => {
      const b = new Uint32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.lo = more(this.lo);
    this.hi = more(this.hi);
    this.depth = more(this.depth);
    this.slot = more(this.slot);
  }

  /** Reverses entries [from, size). */
  reverse(from: number): void {
    for (const a of [this.lo, this.hi, this.depth, this.slot]) a.subarray(from, this.size).reverse();
  }
}

/** The double array being filled, with its free list threaded through the free slots. */
class Placement {
  a: Int32Array;
  cap: number;
  head = 1; // slot 0 is the root
  size = 1;
  readonly #symbols: number;

  constructor(cap: number, symbolCount: number) {
    this.cap = cap;
    this.#symbols = symbolCount;
    this.a = new Int32Array(2 * cap);
    this.#link(1, cap);
    this.a[1] = 0; // the root's own slot (its check); no transition leads to 0: symbols start at 1
    // Every base is at least 1, the root's too when it has no child: base + symbol 0 (a unit no key
    // has) must never land on slot 0, whose check is 0 (the root itself).
    this.a[0] = 1;
  }

  /** Finds a base for the children `syms[0..k)` (ascending) of `slot`, takes their slots; the base. */
  place(slot: number, syms: Uint16Array, k: number): number {
    let a = this.a;
    const s0 = syms[0]!;
    let b = -1;
    let f = this.head;
    for (let tries = 0; tries < MAX_TRIES && f < this.cap; tries++, f = -a[2 * f + 1]! - 1) {
      const cand = f - s0;
      if (cand < 1) continue;
      let fits = true;
      for (let i = 1; fits && i < k; i++) fits = a[2 * (cand + syms[i]!) + 1]! < 0;
      if (fits) {
        b = cand;
        break;
      }
    }
    if (b < 0) b = Math.max(this.size - s0, 1);
    if (b + this.#symbols + 1 >= this.cap) {
      while (b + this.#symbols + 1 >= this.cap) this.#grow();
      a = this.a;
    }
    a[2 * slot] = b;
    const cap = this.cap;
    let head = this.head;
    for (let i = 0; i < k; i++) {
      const t = b + syms[i]!;
      // Unlink t from the free list.
      const after = -a[2 * t + 1]! - 1;
      const before = a[2 * t]!;
      if (t === head) head = after;
      else a[2 * before + 1] = -(after + 1);
      if (after < cap) a[2 * after] = before;
      a[2 * t] = 0;
      a[2 * t + 1] = slot;
    }
    this.head = head;
    const last = b + syms[k - 1]! + 1;
    if (last > this.size) this.size = last;
    return b;
  }

  /** The array up to the padding; free slots get base 0 and check -1. */
  finish(): { nodes: Int32Array; size: number } {
    // Padding: a transition from any slot lands inside the array, so the walk needs no bounds test.
    const padded = this.size + this.#symbols + 1;
    if (padded >= 2 ** 26) throw new Error(`matcher too large: ${padded} slots (limit 2^26)`);
    while (padded > this.cap) this.#grow();
    const a = this.a;
    for (let t = 0; t < padded; t++) {
      if (a[2 * t + 1]! < 0) {
        a[2 * t] = 0;
        a[2 * t + 1] = -1;
      }
    }
    return { nodes: a.subarray(0, 2 * padded), size: padded };
  }

  #link(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      this.a[2 * i] = i - 1;
      this.a[2 * i + 1] = -(i + 2);
    }
  }

  /** Grows the array by half; the new slots join the end of the (ascending) free list. */
  #grow(): void {
    const old = this.cap;
    this.cap = Math.ceil(old * 1.5);
    const bigger = new Int32Array(2 * this.cap);
    bigger.set(this.a);
    this.a = bigger;
    this.#link(old, this.cap);
    const a = this.a;
    let last = old - 1;
    while (last > 0 && a[2 * last + 1]! >= 0) last--;
    a[2 * old] = last > 0 ? last : -1;
    if (last > 0) a[2 * last + 1] = -(old + 1);
    else this.head = old;
  }
}
