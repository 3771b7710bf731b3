import type { BuiltTrie } from './build-trie.ts';

export interface DoubleArray {
  /**
   * Two words per slot, the layout of Matcher.nodes before the flags are shifted in: nodes[2s] = base,
   * nodes[2s + 1] = check. The child of slot s by symbol y is t = base + y, valid when check[t] === s.
   * A free slot has base 0 and check -1.
   */
  nodes: Int32Array;
  /** Slot of each breadth-first node. */
  slotOf: Uint32Array;
  size: number;
}

/** Free slots tried as a node's first child before the node goes to the frontier. */
const MAX_TRIES = 512;
/** Trie levels placed breadth-first before the depth-first rest. */
const BFS_LEVELS = 3;

/**
 * Places the breadth-first trie into a double array (Aoe 1989): one transition is two loads and a
 * compare, whatever the fan-out. Bases are first-fit over a linked list of free slots (so a search
 * never walks through occupied ones), bounded, then the frontier beyond which every slot is free. The
 * list lives in the free slots themselves (base = previous, check = -(next + 1)), so placing needs no
 * memory beyond the array it fills: on a cold 100k compile every fresh page costs a fault.
 */
export function placeDoubleArray(trie: BuiltTrie, symOf: Uint16Array, symbolCount: number): DoubleArray {
  let cap = Math.ceil(trie.nodeCount * 1.05) + symbolCount * 4 + 1024;
  let a = new Int32Array(2 * cap);
  const link = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      a[2 * i] = i - 1;
      a[2 * i + 1] = -(i + 2);
    }
  };
  const next = (t: number) => -a[2 * t + 1]! - 1;
  link(1, cap);
  let head = 1; // slot 0 is the root
  /** Grows the array by half; the new slots join the end of the (ascending) free list. */
  const grow = () => {
    const old = cap;
    cap = Math.ceil(cap * 1.5);
    const bigger = new Int32Array(2 * cap);
    bigger.set(a);
    a = bigger;
    link(old, cap);
    let last = old - 1;
    while (last > 0 && a[2 * last + 1]! >= 0) last--;
    a[2 * old] = last > 0 ? last : -1;
    if (last > 0) a[2 * last + 1] = -(old + 1);
    else head = old;
  };
  const take = (t: number) => {
    const after = next(t);
    const before = a[2 * t]!;
    if (t === head) head = after;
    else a[2 * before + 1] = -(after + 1);
    if (after < cap) a[2 * after] = before;
  };
  const slotOf = new Uint32Array(trie.nodeCount);
  const syms = new Uint16Array(symbolCount + 1);
  a[1] = 0; // the root's own slot (its check); no transition leads to 0 because symbols start at 1
  // Every base is at least 1, the root's too when it has no child: base + symbol 0 (a unit no key has)
  // must never land on slot 0, whose check is 0 (the root itself).
  a[0] = 1;
  let size = 1;
  // The first levels breadth-first (every walk starts there: they stay compact and cached), then
  // depth-first (preorder) below: a chain of single children (the tail of most keys) takes
  // consecutive free slots, so a walk down one key stays within a few cache lines.
  let levelEnd = 1;
  for (let d = 0; d < BFS_LEVELS; d++) levelEnd = trie.firstChild[levelEnd]!;
  const stack = new Uint32Array(trie.nodeCount + 1);
  let sp = 0;
  for (let n = trie.firstChild[levelEnd]! - 1; n >= levelEnd; n--) stack[sp++] = n;
  for (let order = 0; order < levelEnd || sp > 0; order++) {
    const n = order < levelEnd ? order : stack[--sp]!;
    const from = trie.firstChild[n]!;
    const to = trie.firstChild[n + 1]!;
    if (from === to) continue;
    const k = to - from;
    for (let i = 0; i < k; i++) syms[i] = symOf[trie.label[from + i]!]!;
    const s0 = syms[0]!;
    let b = -1;
    let f = head;
    for (let tries = 0; tries < MAX_TRIES && f < cap; tries++, f = next(f)) {
      const cand = f - s0;
      if (cand < 1) continue;
      let fits = true;
      for (let i = 1; fits && i < k; i++) fits = a[2 * (cand + syms[i]!) + 1]! < 0;
      if (fits) {
        b = cand;
        break;
      }
    }
    if (b < 0) b = Math.max(size - s0, 1);
    while (b + symbolCount + 1 >= cap) grow();
    const slot = slotOf[n]!;
    a[2 * slot] = b;
    for (let i = 0; i < k; i++) {
      const t = b + syms[i]!;
      take(t);
      a[2 * t] = 0;
      a[2 * t + 1] = slot;
      slotOf[from + i] = t;
      if (t >= size) size = t + 1;
    }
    if (n >= levelEnd) for (let i = k - 1; i >= 0; i--) stack[sp++] = from + i;
  }
  // Padding: a transition from any slot lands inside the arrays, so the walk needs no bounds test.
  const padded = size + symbolCount + 1;
  if (padded >= 2 ** 26) throw new Error(`matcher too large: ${padded} slots (limit 2^26)`);
  for (let t = 0; t < padded; t++) {
    if (a[2 * t + 1]! < 0) {
      a[2 * t] = 0;
      a[2 * t + 1] = -1;
    }
  }
  return { nodes: a.subarray(0, 2 * padded), slotOf, size: padded };
}
