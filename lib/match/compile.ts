import type { FoldOptions } from '../arabic/index.ts';
import { DEFAULT_FOLD_OPTIONS, getFoldTables, normalizeKey } from '../arabic/index.ts';
import {
  allowsLeadGlue,
  hasSpace,
  isCompoundParticle,
  SHORT_ALIAS_MAX,
  spaceMayBeMissing,
} from './alias-keys.ts';
import { COMMON_WORDS } from './common-words.ts';
import { buildDoubleArray } from './double-array.ts';
import { collectKeys, keyAlphabet, localizeKeys } from './key-batch.ts';
import {
  F_GUARDED,
  F_LEAD_GLUE,
  F_PARTICLE,
  F_TERMINAL,
  F_WORD_END,
  FLAG_BITS,
  MATCHER_FORMAT_VERSION,
  type Matcher,
} from './matcher-data.ts';
import type { MatcherSource } from './types.ts';
import { buildWordFilters } from './word-filter.ts';

export interface CompileOptions extends Partial<FoldOptions> {
  /** Normalised common words for the guard; defaults to the bundled list (common-words.json). */
  commonWords?: ReadonlySet<string>;
  /** One-word aliases up to this many letters are guarded (default SHORT_ALIAS_MAX). */
  shortAliasMax?: number;
}

const text = (chars: Uint16Array, from: number, to: number) =>
  String.fromCharCode.apply(null, chars.subarray(from, to) as unknown as number[]);

/**
 * Compiles every alias of every source into one matcher. Aliases empty after normalisation are
 * skipped. An alias shared by several entities keeps them all in source order: the scanner returns the
 * first one, unless another of them was already seen on the page.
 */
export function compileMatcher(sources: readonly MatcherSource[], options: CompileOptions = {}): Matcher {
  const foldHamzaSeats = options.foldHamzaSeats ?? DEFAULT_FOLD_OPTIONS.foldHamzaSeats;
  const common = renormalize(options.commonWords ?? COMMON_WORDS, { foldHamzaSeats });
  const shortMax = options.shortAliasMax ?? SHORT_ALIAS_MAX;

  const raw = collectKeys(sources, getFoldTables({ foldHamzaSeats }));
  const { symbols, symOf } = keyAlphabet(raw);
  const batch = localizeKeys(raw, symOf, symbols.length - 1);
  const da = buildDoubleArray(batch, symOf, symbols.length - 1);
  const { chars, start, len } = batch;

  const flags = new Uint8Array(da.size);
  for (let i = 0; i < da.wordEndCount; i++) {
    const key = da.wordEndKey[i]!;
    const depth = da.wordEndDepth[i]!;
    const s = start[key]!;
    let w = s + depth;
    while (w > s && chars[w - 1] !== 0x20) w--;
    const particle = isCompoundParticle(chars, w, s + depth);
    flags[da.wordEndSlot[i]!]! |= F_WORD_END | (particle ? F_PARTICLE : 0);
  }
  // A key's first word jumps to its slot unless a walk could leave it at a missing space inside it:
  // where another alias word ends (عبد|الله, ال|الـ…).
  const firstWordSlot = (from: number, to: number) => {
    let slot = 0;
    for (let p = from; p < to; p++) {
      if (p > from && flags[slot]! & F_WORD_END && spaceMayBeMissing(chars, from, p, p, to)) return -1;
      slot = da.nodes[2 * slot]! + symOf[chars[p]!]!;
    }
    return slot;
  };
  const filters = buildWordFilters(batch, symOf, firstWordSlot);

  // Each terminal's entities in source order: the one entity in termValues, or a list.
  const termValues = new Int32Array(da.size);
  const lists: number[] = [];
  for (let t = 0; t < da.termSlots.length; t++) {
    const slot = da.termSlots[t]!;
    const first = da.termKeyStart[t]!;
    const last = da.termKeyStart[t + 1]!;
    // Almost every terminal names one entity: no list is built for it.
    const e0 = batch.entity[da.termKeys[first]!]!;
    let k = first + 1;
    while (k < last && batch.entity[da.termKeys[k]!] === e0) k++;
    if (k === last) termValues[slot] = e0;
    else {
      const ents: number[] = [];
      for (let j = first; j < last; j++) {
        const e = batch.entity[da.termKeys[j]!]!;
        if (!ents.includes(e)) ents.push(e);
      }
      termValues[slot] = -1 - lists.length;
      lists.push(ents.length, ...ents);
    }
    const key = da.termKeys[first]!;
    const from = start[key]!;
    const to = from + len[key]!;
    let f = F_TERMINAL;
    if (!hasSpace(chars, from, to) && (to - from <= shortMax || common.has(text(chars, from, to))))
      f |= F_GUARDED;
    if (allowsLeadGlue(chars, from, to)) f |= F_LEAD_GLUE;
    flags[slot]! |= f;
  }

  const nodes = da.nodes;
  for (let slot = 0; slot < da.size; slot++) nodes[2 * slot] = (nodes[2 * slot]! << FLAG_BITS) | flags[slot]!;

  return {
    formatVersion: MATCHER_FORMAT_VERSION,
    foldHamzaSeats,
    nodes,
    anyWords: filters.any,
    walkWords: filters.walk,
    leadWords: filters.lead,
    jumps: filters.jumps,
    jumpPool: filters.pool,
    symbols,
    symOf,
    termValues,
    termLists: Uint32Array.from(lists),
    entityIds: sources.map((s) => s.id),
  };
}

/** The bundled common words as keys, per fold option (4,000 words, normalised once). */
const bundled = new Map<boolean, ReadonlySet<string>>();

function renormalize(words: ReadonlySet<string>, fold: FoldOptions): ReadonlySet<string> {
  const cached = words === COMMON_WORDS ? bundled.get(fold.foldHamzaSeats) : undefined;
  if (cached) return cached;
  const keys = new Set<string>();
  for (const w of words) keys.add(normalizeKey(w, fold));
  if (words === COMMON_WORDS) bundled.set(fold.foldHamzaSeats, keys);
  return keys;
}
