import type { FoldTables } from '../arabic/index.ts';
import { aliasKeyInto } from './alias-keys.ts';
import type { MatcherSource } from './types.ts';

/** All keys' folded units in one array: key k is chars[start[k] .. start[k] + len[k]). */
export interface KeyBatch {
  chars: Uint16Array;
  start: Uint32Array;
  len: Uint32Array;
  count: number;
  /** Source index of each key. */
  entity: Uint32Array;
}

/** Every non-empty alias key into one unit array (no string per alias: this is compile's hot path). */
export function collectKeys(sources: readonly MatcherSource[], tables: FoldTables): KeyBatch {
  let total = 0;
  let aliasCount = 0;
  for (const s of sources) {
    aliasCount += s.aliases.length;
    for (const a of s.aliases) total += a.length;
  }
  let chars = new Uint16Array(total * 2 + 64);
  const start = new Uint32Array(aliasCount);
  const len = new Uint32Array(aliasCount);
  const entity = new Uint32Array(aliasCount);
  let count = 0;
  let at = 0;
  for (let e = 0; e < sources.length; e++) {
    for (const alias of sources[e]!.aliases) {
      if (at + alias.length * 4 + 32 > chars.length) {
        const bigger = new Uint16Array((at + alias.length * 4 + 32) * 2);
        bigger.set(chars.subarray(0, at));
        chars = bigger;
      }
      const end = aliasKeyInto(alias, chars, at, tables);
      if (end === at) continue;
      start[count] = at;
      len[count] = end - at;
      entity[count] = e;
      count++;
      at = end;
    }
  }
  return { chars, start, len, count, entity };
}

/**
 * The alphabet of the keys: symbols[1..K] are the distinct units in code order (symbol 0 = none), and
 * symOf maps a unit to its symbol. Dense symbols keep the double array small.
 */
export function keyAlphabet(b: KeyBatch): { symbols: Uint16Array; symOf: Uint16Array } {
  const symOf = new Uint16Array(0x10000);
  for (let k = 0; k < b.count; k++) {
    const s = b.start[k]!;
    for (let p = s; p < s + b.len[k]!; p++) symOf[b.chars[p]!] = 1;
  }
  const list: number[] = [0];
  for (let c = 0; c < 0x10000; c++) if (symOf[c] !== 0) list.push(c);
  const symbols = Uint16Array.from(list);
  for (let i = 1; i < symbols.length; i++) symOf[symbols[i]!] = i;
  return { symbols, symOf };
}

const INDEX_BITS = 2 ** 26;

/**
 * Lays the keys out again in the order of their first three symbols. The trie build reads unit d of
 * every key in prefix order; with keys in source order each read is a cache miss, and that dominated
 * compile time at 100k aliases. A native Float64Array sort of (prefix, index) numbers is cheap.
 */
export function localizeKeys(b: KeyBatch, symOf: Uint16Array, symbolCount: number): KeyBatch {
  // 3 × 9 bits of prefix and 26 bits of index stay exact in a double.
  if (b.count >= INDEX_BITS || symbolCount > 512) return b;
  const order = new Float64Array(b.count);
  for (let k = 0; k < b.count; k++) {
    const s = b.start[k]!;
    const l = b.len[k]!;
    const s0 = symOf[b.chars[s]!]!;
    const s1 = l > 1 ? symOf[b.chars[s + 1]!]! : 0;
    const s2 = l > 2 ? symOf[b.chars[s + 2]!]! : 0;
    order[k] = ((s0 * 512 + s1) * 512 + s2) * INDEX_BITS + k;
  }
  order.sort();
  let total = 0;
  for (let k = 0; k < b.count; k++) total += b.len[k]!;
  const chars = new Uint16Array(total);
  const start = new Uint32Array(b.count);
  const len = new Uint32Array(b.count);
  const entity = new Uint32Array(b.count);
  let at = 0;
  for (let i = 0; i < b.count; i++) {
    const k = order[i]! % INDEX_BITS;
    const s = b.start[k]!;
    const l = b.len[k]!;
    for (let p = 0; p < l; p++) chars[at + p] = b.chars[s + p]!;
    start[i] = at;
    len[i] = l;
    entity[i] = b.entity[k]!;
    at += l;
  }
  return { chars, start, len, count: b.count, entity };
}
