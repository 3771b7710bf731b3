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

/**
 * Places the breadth-first trie into a double array (Aoe 1989): one transition is two loads and a
 * compare, whatever the fan-out. Bases are first-fit over a linked list of free slots (so a search
 * never walks through occupied ones), bounded, then the frontier beyond which every slot is free.
 */
export function placeDoubleArray(trie: BuiltTrie, symOf: Uint16Array, symbolCount: number): DoubleArray {
  // The frontier fallback can leave gaps of one fan-out; two symbol widths per node bound the worst case.
  const cap = trie.nodeCount * 2 + symbolCount * 4 + 1024;
  const base = new Int32Array(cap);
  const check = new Int32Array(cap).fill(FREE);
  const next = new Int32Array(cap);
  const prev = new Int32Array(cap);
  for (let i = 0; i < cap; i++) {
    next[i] = i + 1;
    prev[i] = i - 1;
  }
  let head = 1; // slot 0 is the root
  const take = (t: number) => {
    if (t === head) head = next[t]!;
    else next[prev[t]!] = next[t]!;
    if (next[t]! < cap) prev[next[t]!] = prev[t]!;
  };
  const slotOf = new Uint32Array(trie.nodeCount);
  const syms = new Uint16Array(symbolCount + 1);
  check[0] = 0; // the root's own slot; no transition leads to 0 because symbols start at 1
  let size = 1;
  for (let n = 0; n < trie.nodeCount; n++) {
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
    if (b + symbolCount >= cap) throw new Error('double array overflow (report this: trie shape unexpected)');
    const slot = slotOf[n]!;
    base[slot] = b;
    for (let i = 0; i < k; i++) {
      const t = b + syms[i]!;
      check[t] = slot;
      take(t);
      slotOf[from + i] = t;
      if (t >= size) size = t + 1;
    }
  }
  // Padding: a transition from any slot lands inside the arrays, so the walk needs no bounds test.
  const padded = size + symbolCount + 1;
  return { base: base.slice(0, padded), check: check.slice(0, padded), slotOf, size: padded };
}
