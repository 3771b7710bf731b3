import { getFoldTables } from '../arabic/index.ts';
import {
  BREAK,
  childOf,
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
import { ScanBuffer } from './scan-buffer.ts';
import type { Mention } from './types.ts';

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;

/** Scans the blocks of one page in order, remembering which entities the page has named. */
export interface Scanner {
  scan(text: string): Mention[];
  /** Forget the page (a new document). */
  reset(): void;
}

/** Target chunk length in UTF-16 units (the chunk ends at the next punctuation after it). */
const CHUNK = 8192;

// One buffer for all scanners: scans are synchronous, and a page's blocks would otherwise each allocate.
const sharedBuffer = new ScanBuffer();

/*
 * The state of the scan in progress, at module level: scans are synchronous, and plain functions over
 * module state run about twice as fast as methods over `this` in the walk (measured). bind() sets it
 * at the start of every scan.
 */
let m: Matcher;
let nodes: Int32Array = new Int32Array(0);
let symOf: Uint16Array = new Uint16Array(0);
let spaceSym = 0;
let wawSym = 0;
let codes: Uint16Array = new Uint16Array(0);
/** seen[e] = 1: entity e was matched by an unguarded alias earlier on this page. */
let seen: Uint8Array = new Uint8Array(0);
/** How many entities the page has seen (0: no guarded alias can match, skip the lookup). */
let seenCount = 0;
/** The longest accepted end of the walks since the last reset, and its terminal slot. */
let bestEnd = -1;
let bestSlot = 0;
/** Pending plain continuations (slot, pos) while a glued reading is walked. */
let stack: Int32Array = new Int32Array(32);
export function createScanner(matcher: Matcher): Scanner {
  const tables = getFoldTables({ foldHamzaSeats: matcher.foldHamzaSeats });
  const pageSeen = new Uint8Array(matcher.entityIds.length);
  const page = { count: 0 };
  return {
    scan(text) {
      m = matcher;
      nodes = matcher.nodes;
      symOf = matcher.symOf;
      spaceSym = matcher.symOf[SPACE]!;
      wawSym = matcher.symOf[WAW]!;
      seen = pageSeen;
      seenCount = page.count;
      const out: Mention[] = [];
      // Chunk by chunk, cut after punctuation (no name crosses it): same mentions as one pass over
      // the whole text, with a buffer that stays in cache.
      for (let from = 0; from < text.length; ) {
        const to = sharedBuffer.cut(text, tables, from, CHUNK);
        sharedBuffer.fill(text, tables, from, to);
        codes = sharedBuffer.codes;
        const first = out.length;
        scanBuffer(sharedBuffer, out);
        for (let k = first; k < out.length; k++) {
          const mention = out[k]!;
          mention.end = sharedBuffer.endOf(mention.end, text, tables);
        }
        from = to;
      }
      page.count = seenCount;
      return out;
    },
    reset() {
      pageSeen.fill(0);
      page.count = 0;
    },
  };
}

/** One-shot scan of a text as a page of its own. */
export function findMentions(matcher: Matcher, text: string): Mention[] {
  return createScanner(matcher).scan(text);
}

/**
 * Leftmost-longest over word starts. At each word start the candidates are, in order: the word as
 * written, then without (و|ف), then without (و|ف)?(ب|ك|ل), then لل read as ال; the longest accepted
 * match wins and ties go to the earlier candidate. A word with no match is searched for a long name
 * glued to it (…ال + name).
 */
function scanBuffer(buf: ScanBuffer, out: Mention[]): void {
  // Locals: module state read in the loop would be reloaded after every call.
  const text = codes;
  const n = buf.length;
  const alef = childOf(m, 0, ALEF);
  // Words without an inner ال: their end is known from the fill (no unit-by-unit glue search).
  const plain = buf.plain;
  const wordEnds = buf.wordEnds;
  let pos = 0;
  while (pos < n) {
    const c = text[pos]!;
    if (c === SPACE || c === BREAK) {
      pos++;
      continue;
    }
    bestEnd = -1;
    let bestStart = pos;
    probe(0, pos, false);
    let p = pos;
    if (c === WAW || c === FA) {
      p++;
      if (tryFrom(0, p, p, n)) bestStart = p;
    }
    const c1 = p < n ? text[p]! : BREAK;
    if (c1 === BA || c1 === KAF || c1 === LAM) {
      // ل before ال is written لل (below), so ل + ال is not a proclitic reading.
      const lamBeforeAl = c1 === LAM && text[p + 1] === ALEF && text[p + 2] === LAM;
      if (!lamBeforeAl && tryFrom(0, p + 1, p + 1, n)) bestStart = p + 1;
      // لل + rest = ال + rest: the first ل stands for the alef; the span keeps it.
      if (c1 === LAM && text[p + 1] === LAM && alef >= 0 && tryFrom(alef, p + 1, p, n)) bestStart = p;
    }
    if (bestEnd > 0) {
      emit(buf, bestStart, out);
      pos = bestEnd;
      continue;
    }
    // No name starts here: look for a long ال-name glued to this word, then skip the word.
    let q: number;
    if (plain) {
      // The word's end is known: only its inner ال (offset 2 or more) are tried.
      const end = wordEnds[pos]!;
      for (q = pos + 2; q < end - 1; q++) {
        if (text[q] === ALEF && text[q + 1] === LAM && alef >= 0) {
          probe(alef, q + 1, true);
          if (bestEnd > 0) break;
        }
      }
      if (bestEnd < 0) q = end;
    } else q = glueSearch(pos, alef);
    if (bestEnd > 0) {
      emit(buf, q, out);
      pos = bestEnd;
    } else pos = q;
  }
}

/**
 * The glued search when the buffer holds a ligature expansion (word ends not recorded): walk a long
 * ال-name glued to the word at pos from each inner ال. Returns where the walk found one (bestEnd > 0),
 * else the end of the word. codes[length] is BREAK (sentinel), so the loop needs no bounds test.
 */
function glueSearch(pos: number, alef: number): number {
  const text = codes;
  let q = pos + 1;
  for (;;) {
    const u = text[q]!;
    if (u === SPACE || u === BREAK) break;
    if (u === ALEF && text[q + 1] === LAM && q - pos >= 2 && alef >= 0) {
      probe(alef, q + 1, true);
      if (bestEnd > 0) break;
    }
    q++;
  }
  return q;
}

/** Walks from (node, pos) for a candidate whose stem starts at `from`; true if it became the best. */
function tryFrom(node: number, pos: number, from: number, length: number): boolean {
  const c = codes[from];
  if (from >= length || c === SPACE || c === BREAK) return false;
  const before = bestEnd;
  probe(node, pos, false);
  return bestEnd > before;
}

/** Slot flags that make the walk do more than follow a transition. */
const F_STOP = F_TERMINAL | F_WORD_END;

/**
 * walk(s, pos, leadOnly), with its first two plain transitions taken here (small enough to be inlined
 * into the callers): most walks end within two units, so most word starts never call walk. Same result
 * as walk: a slot with flags, or a failed transition on a SPACE (the detached و), goes to walk itself.
 */
function probe(s: number, pos: number, leadOnly: boolean): void {
  const da = nodes;
  let w = da[2 * s]!;
  if (w & F_STOP) {
    walk(s, pos, leadOnly);
    return;
  }
  const c = codes[pos]!;
  const t = (w >>> FLAG_BITS) + symOf[c]!;
  if (da[2 * t + 1] !== s) {
    if (c === SPACE) walk(s, pos, leadOnly);
    return;
  }
  w = da[2 * t]!;
  if (w & F_STOP) {
    walk(t, pos + 1, leadOnly);
    return;
  }
  const c2 = codes[pos + 1]!;
  const t2 = (w >>> FLAG_BITS) + symOf[c2]!;
  if (da[2 * t2 + 1] !== t) {
    if (c2 === SPACE) walk(t, pos + 1, leadOnly);
    return;
  }
  walk(t2, pos + 2, leadOnly);
}

/**
 * Walks the trie along the scan buffer from one start and keeps the longest accepted end (bestEnd,
 * bestSlot). Accepted: a terminal followed by a word boundary, which is not guarded or whose entity the
 * page has already seen. The walk branches only where a space of an alias may be missing in the text
 * (see README, spacing): the glued reading is walked first and the plain continuation waits on a small
 * stack, so ties go to the glued reading as in a recursive walk. codes[length] is BREAK (ScanBuffer's
 * sentinel), so the walk needs no bounds test.
 */
function walk(start: number, from: number, leadOnly: boolean): void {
  const text = codes;
  const da = nodes;
  const sym = symOf;
  let pos = from;
  let sp = 0;
  let s = start;
  for (;;) {
    const w = da[2 * s]!;
    const c = text[pos]!;
    const b = w >>> FLAG_BITS;
    if (w & (F_TERMINAL | F_WORD_END)) {
      // Accepted: whole words only, lead-glue aliases for a glued start, guarded ones once seen.
      if (
        w & F_TERMINAL &&
        pos > bestEnd &&
        (c === SPACE || c === BREAK) &&
        (!leadOnly || w & F_LEAD_GLUE) &&
        (!(w & F_GUARDED) || seenEntityOf(s) >= 0)
      ) {
        bestEnd = pos;
        bestSlot = s;
      }
      // Inside a text word where an alias has a space: the space may be missing (عبداللطيف).
      if (
        w & F_WORD_END &&
        c !== SPACE &&
        c !== BREAK &&
        (w & F_PARTICLE || (c === ALEF && text[pos + 1] === LAM))
      ) {
        const g = b + spaceSym;
        if (da[2 * g + 1] === s) {
          const t = b + sym[c]!;
          if (da[2 * t + 1] === s) {
            if (sp + 2 > stack.length) growStack();
            stack[sp++] = t;
            stack[sp++] = pos + 1;
          }
          s = g;
          continue;
        }
      }
    }
    // Symbol 0 (BREAK, or a unit no key has) never matches: check[base[s]] !== s for every s.
    const t = b + sym[c]!;
    if (da[2 * t + 1] === s) {
      s = t;
      pos++;
      continue;
    }
    // A detached conjunction (الساحل و الصحراء) reads as the glued one the key holds (وY).
    if (
      c === SPACE &&
      text[pos - 1] === WAW &&
      text[pos - 2] === SPACE &&
      s !== 0 &&
      s - (da[2 * da[2 * s + 1]!]! >>> FLAG_BITS) === wawSym
    ) {
      pos++;
      continue;
    }
    if (sp === 0) return;
    pos = stack[--sp]!;
    s = stack[--sp]!;
  }
}

function growStack(): void {
  const bigger = new Int32Array(stack.length * 2);
  bigger.set(stack);
  stack = bigger;
}

/** The first entity of terminal `slot` already seen on the page, or -1. */
function seenEntityOf(slot: number): number {
  if (seenCount === 0) return -1;
  const t = terminalIndex(m, slot);
  for (let k = m.termEntStart[t]!; k < m.termEntStart[t + 1]!; k++) {
    const e = m.termEnts[k]!;
    if (seen[e]) return e;
  }
  return -1;
}

function emit(buf: ScanBuffer, start: number, out: Mention[]): void {
  const slot = bestSlot;
  // The entity: the first of the terminal's already seen on the page, else its first (one lookup of
  // the terminal; most terminals have one entity).
  const t = terminalIndex(m, slot);
  const ents = m.termEnts;
  const lo = m.termEntStart[t]!;
  const hi = m.termEntStart[t + 1]!;
  let e = ents[lo]!;
  if (seenCount !== 0 && hi - lo > 1) {
    for (let k = lo; k < hi; k++) {
      if (seen[ents[k]!]) {
        e = ents[k]!;
        break;
      }
    }
  }
  if (!(nodes[2 * slot]! & F_GUARDED) && seen[e] === 0) {
    seen[e] = 1;
    seenCount++;
  }
  // end holds the last unit for now; scan() maps it to the original once (endOf).
  out.push({ start: buf.starts[start]!, end: bestEnd - 1, entity: m.entityIds[e]! });
}
