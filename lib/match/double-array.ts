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
/** Free slots tried for a node before it goes to the frontier. */
const MAX_TRIES = 32;

/**
 * Places the breadth-first trie into a double array (Aoe 1989): one transition is two loads and a
 * compare, whatever the fan-out. Bases are found first-fit from the lowest free slot; most nodes have
 * one child and take that slot directly, so placement is near linear.
 */
export function placeDoubleArray(trie: BuiltTrie, symOf: Uint16Array, symbolCount: number): DoubleArray {
  let cap = trie.nodeCount + symbolCount * 4 + 1024;
  let base = new Int32Array(cap);
  let check = new Int32Array(cap).fill(FREE);
  const slotOf = new Uint32Array(trie.nodeCount);
  const syms = new Uint16Array(symbolCount + 1);
  check[0] = 0; // the root's own slot; no transition leads to 0 because symbols start at 1
  let firstFree = 1;
  let size = 1;
  for (let n = 0; n < trie.nodeCount; n++) {
    const from = trie.firstChild[n]!;
    const to = trie.firstChild[n + 1]!;
    if (from === to) continue;
    const k = to - from;
    for (let i = 0; i < k; i++) syms[i] = symOf[trie.label[from + i]!]!;
    const s0 = syms[0]!;
    const last = syms[k - 1]!;
    // First fit from the lowest free slot, a bounded number of tries; then the frontier, beyond which
    // every slot is free (an unbounded first fit is quadratic once chains have filled the holes).
    let b = Math.max(firstFree - s0, 1);
    for (let tries = 0; ; tries++) {
      if (tries === MAX_TRIES) b = Math.max(size - s0, 1);
      if (b + last >= cap) {
        cap = (b + last + 1) * 2;
        const nb = new Int32Array(cap);
        nb.set(base);
        base = nb;
        const nc = new Int32Array(cap).fill(FREE);
        nc.set(check);
        check = nc;
      }
      let fits = check[b + s0] === FREE;
      for (let i = 1; fits && i < k; i++) fits = check[b + syms[i]!] === FREE;
      if (fits) break;
      b++;
      while (b + s0 < size && check[b + s0] !== FREE) b++;
    }
    const slot = slotOf[n]!;
    base[slot] = b;
    for (let i = 0; i < k; i++) {
      const t = b + syms[i]!;
      check[t] = slot;
      slotOf[from + i] = t;
      if (t >= size) size = t + 1;
    }
    while (firstFree < cap && check[firstFree] !== FREE) firstFree++;
  }
  // Padding: a transition from any slot lands inside the arrays, so the walk needs no bounds test.
  const padded = size + symbolCount + 1;
  if (padded > cap) {
    const nb = new Int32Array(padded);
    nb.set(base);
    base = nb;
    const nc = new Int32Array(padded).fill(FREE);
    nc.set(check);
    check = nc;
  }
  return { base: base.slice(0, padded), check: check.slice(0, padded), slotOf, size: padded };
}
