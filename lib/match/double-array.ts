import type { BuiltTrie } from './build-trie.ts';

export interface DoubleArray {
  /** Slot of the child of slot s by symbol y: t = base[s] + y, valid when check[t] === s. */
  base: Int32Array;
  check: Int32Array;
  /** Slot of each breadth-first node. */
  slotOf: Uint32Array;
  size: number;
}

const FREE = -1;
/** Free slots tried as a node's first child before the node goes to the frontier. */
const MAX_TRIES = 512;
/** Trie levels placed breadth-first before the depth-first rest. */
const BFS_LEVELS = 3;

/**
 * Places the breadth-first trie into a double array (Aoe 1989): one transition is two loads and a
 * compare, whatever the fan-out. Bases are first-fit over a linked list of free slots (so a search
 * never walks through occupied ones), bounded, then the frontier beyond which every slot is free.
 */
export function placeDoubleArray(trie: BuiltTrie, symOf: Uint16Array, symbolCount: number): DoubleArray {
  let cap = Math.ceil(trie.nodeCount * 1.25) + symbolCount * 4 + 1024;
  let base = new Int32Array(cap);
  let check = new Int32Array(cap).fill(FREE);
  let next = new Int32Array(cap);
  let prev = new Int32Array(cap);
  for (let i = 0; i < cap; i++) {
    next[i] = i + 1;
    prev[i] = i - 1;
  }
  let head = 1; // slot 0 is the root
  /** Doubles the arrays; the new slots join the end of the (ascending) free list. */
  const grow = () => {
    const old = cap;
    cap *= 2;
    const resize = <T extends Int32Array>(a: T, fill: number) => {
      const b = new Int32Array(cap).fill(fill);
      b.set(a);
      return b;
    };
    base = resize(base, 0);
    check = resize(check, FREE);
    next = resize(next, 0);
    prev = resize(prev, 0);
    for (let i = old; i < cap; i++) {
      next[i] = i + 1;
      prev[i] = i - 1;
    }
    let last = old - 1;
    while (last > 0 && check[last] !== FREE) last--;
    prev[old] = last > 0 ? last : -1;
    if (last > 0) next[last] = old;
    else head = old;
  };
  const take = (t: number) => {
    if (t === head) head = next[t]!;
    else next[prev[t]!] = next[t]!;
    if (next[t]! < cap) prev[next[t]!] = prev[t]!;
  };
  const slotOf = new Uint32Array(trie.nodeCount);
  const syms = new Uint16Array(symbolCount + 1);
  check[0] = 0; // the root's own slot; no transition leads to 0 because symbols start at 1
  // Every base is at least 1, the root's too when it has no child: base + symbol 0 (a unit no key has)
  // must never land on slot 0, whose check is 0 (the root itself).
  base[0] = 1;
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
    for (let tries = 0; tries < MAX_TRIES && f < cap; tries++, f = next[f]!) {
      const cand = f - s0;
      if (cand < 1) continue;
      let fits = true;
      for (let i = 1; fits && i < k; i++) fits = check[cand + syms[i]!] === FREE;
      if (fits) {
        b = cand;
        break;
      }
    }
    if (b < 0) b = Math.max(size - s0, 1);
    while (b + symbolCount + 1 >= cap) grow();
    const slot = slotOf[n]!;
    base[slot] = b;
    for (let i = 0; i < k; i++) {
      const t = b + syms[i]!;
      check[t] = slot;
      take(t);
      slotOf[from + i] = t;
      if (t >= size) size = t + 1;
    }
    if (n >= levelEnd) for (let i = k - 1; i >= 0; i--) stack[sp++] = from + i;
  }
  // Padding: a transition from any slot lands inside the arrays, so the walk needs no bounds test.
  const padded = size + symbolCount + 1;
  if (padded >= 2 ** 26) throw new Error(`matcher too large: ${padded} slots (limit 2^26)`);
  return { base: base.subarray(0, padded), check: check.subarray(0, padded), slotOf, size: padded };
}
