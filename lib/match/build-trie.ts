import type { KeyBatch } from './key-batch.ts';
import { SPACE } from './matcher-data.ts';

export interface BuiltTrie {
  nodeCount: number;
  firstChild: Uint32Array;
  label: Uint16Array;
  /** Terminal nodes in id order; the keys ending at termNodes[t] are termKeys[termKeyStart[t]..[t+1]). */
  termNodes: Uint32Array;
  termKeyStart: Uint32Array;
  termKeys: Uint32Array;
  /**
   * Nodes with a SPACE child (wordEndNode[i], i < wordEndCount), each with a key through it and its
   * depth (to read the word that ends there).
   */
  wordEndCount: number;
  wordEndNode: Uint32Array;
  wordEndKey: Uint32Array;
  wordEndDepth: Uint32Array;
}

/**
 * Breadth-first trie by MSD radix partitioning: node i owns a range of key indices sharing its prefix;
 * the range is split by the unit at depth[i] (in code-unit order) into the children, appended in order.
 * No string sort, no hashing of keys: linear in the total key length (duplicates meet at one terminal).
 */
export function buildTrie(b: KeyBatch): BuiltTrie {
  let max = 1;
  for (let k = 0; k < b.count; k++) max += b.len[k]!;
  // The key range and depth of a node are read once, when it is split: they live in a ring of the
  // nodes waiting, at most two levels of at most one node per key each.
  let ring = 4;
  while (ring < 2 * b.count + 2) ring *= 2;
  const q = ring - 1;
  const lo = new Uint32Array(ring);
  const hi = new Uint32Array(ring);
  const depth = new Uint32Array(ring);
  const label = new Uint16Array(max);
  const firstChild = new Uint32Array(max + 1);
  const idx = new Uint32Array(b.count);
  const tmp = new Uint32Array(b.count);
  for (let k = 0; k < b.count; k++) idx[k] = k;
  const counts = new Uint32Array(0x10000);
  // Distinct units of the current range; a typed array because resetting a JS array's length frees it.
  const touched = new Uint16Array(0x10000);
  let nt = 0;
  // At most one terminal per key; at most one word end per space unit of the keys.
  const termNodes = new Uint32Array(b.count);
  const termKeyStart = new Uint32Array(b.count + 1);
  const termKeys = new Uint32Array(b.count);
  let termCount = 0;
  let termKeyCount = 0;
  let spaces = 0;
  for (let k = 0; k < b.count; k++) {
    const s = b.start[k]!;
    for (let p = s; p < s + b.len[k]!; p++) if (b.chars[p] === SPACE) spaces++;
  }
  const wordEndNode = new Uint32Array(spaces);
  const wordEndKey = new Uint32Array(spaces);
  const wordEndDepth = new Uint32Array(spaces);
  let wordEndCount = 0;
  hi[0] = b.count;
  let count = 1;
  const chars = b.chars;
  const keyStart = b.start;
  for (let n = 0; n < count; n++) {
    firstChild[n] = count;
    const d = depth[n & q]!;
    const from = lo[n & q]!;
    const to = hi[n & q]!;
    let ends = 0;
    for (let k = from; k < to; k++) {
      const key = idx[k]!;
      if (b.len[key] === d) ends++;
      else {
        const c = chars[keyStart[key]! + d]!;
        if (counts[c]!++ === 0) touched[nt++] = c;
      }
    }
    if (ends > 0) {
      termNodes[termCount] = n;
      termKeyStart[termCount++] = termKeyCount;
    }
    // Usually one or two distinct units: insertion sort beats a comparator call per node.
    for (let i = 1; i < nt; i++) {
      const v = touched[i]!;
      let j = i - 1;
      for (; j >= 0 && touched[j]! > v; j--) touched[j + 1] = touched[j]!;
      touched[j + 1] = v;
    }
    // Prefix sums: terminal keys first, then one bucket per unit in code order.
    let at = from + ends;
    for (let i = 0; i < nt; i++) {
      const c = touched[i]!;
      const size = counts[c]!;
      counts[c] = at;
      // Every key in the range shares the prefix, so any of them shows the word ending here.
      if (c === SPACE) {
        wordEndNode[wordEndCount] = n;
        wordEndKey[wordEndCount] = idx[from]!;
        wordEndDepth[wordEndCount++] = d;
      }
      label[count] = c;
      lo[count & q] = at;
      hi[count & q] = at + size;
      depth[count & q] = d + 1;
      count++;
      at += size;
    }
    if (ends === 0 && nt === 1) {
      // A chain link (the common case below the first letters): the order is already right.
      counts[touched[0]!] = 0;
      nt = 0;
      continue;
    }
    let t = from;
    for (let k = from; k < to; k++) {
      const key = idx[k]!;
      if (b.len[key] === d) {
        tmp[t++] = key;
        termKeys[termKeyCount++] = key;
      } else tmp[counts[chars[keyStart[key]! + d]!]!++] = key;
    }
    for (let i = 0; i < nt; i++) counts[touched[i]!] = 0;
    nt = 0;
    for (let k = from; k < to; k++) idx[k] = tmp[k]!;
  }
  firstChild[count] = count;
  termKeyStart[termCount] = termKeyCount;
  return {
    nodeCount: count,
    firstChild: firstChild.subarray(0, count + 1),
    label: label.subarray(0, count),
    termNodes: termNodes.subarray(0, termCount),
    termKeyStart: termKeyStart.subarray(0, termCount + 1),
    termKeys: termKeys.subarray(0, termKeyCount),
    wordEndCount,
    wordEndNode,
    wordEndKey,
    wordEndDepth,
  };
}
