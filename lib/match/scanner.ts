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
  const n = buf.length;
  const alef = childOf(m, 0, ALEF);
  let pos = 0;
  while (pos < n) {
    const c = codes[pos]!;
    if (c === SPACE || c === BREAK) {
      pos++;
      continue;
    }
    bestEnd = -1;
    let bestStart = pos;
    walk(0, pos, false);
    let p = pos;
    if (c === WAW || c === FA) {
      p++;
      if (tryFrom(0, p, p, n)) bestStart = p;
    }
    const c1 = p < n ? codes[p]! : BREAK;
    if (c1 === BA || c1 === KAF || c1 === LAM) {
      // ل before ال is written لل (below), so ل + ال is not a proclitic reading.
      const lamBeforeAl = c1 === LAM && codes[p + 1] === ALEF && codes[p + 2] === LAM;
      if (!lamBeforeAl && tryFrom(0, p + 1, p + 1, n)) bestStart = p + 1;
      // لل + rest = ال + rest: the first ل stands for the alef; the span keeps it.
      if (c1 === LAM && codes[p + 1] === LAM && alef >= 0 && tryFrom(alef, p + 1, p, n)) bestStart = p;
    }
    if (bestEnd > 0) {
      emit(buf, bestStart, out);
      pos = bestEnd;
      continue;
    }
    // No name starts here: look for a long ال-name glued to this word, then skip the word.
    let q = pos + 1;
    for (; q < n && codes[q] !== SPACE && codes[q] !== BREAK; q++) {
      if (codes[q] === ALEF && codes[q + 1] === LAM && q - pos >= 2 && alef >= 0) {
        walk(alef, q + 1, true);
        if (bestEnd > 0) break;
      }
    }
    if (bestEnd > 0) {
      emit(buf, q, out);
      pos = bestEnd;
    } else pos = q;
  }
}

/** Walks from (node, pos) for a candidate whose stem starts at `from`; true if it became the best. */
function tryFrom(node: number, pos: number, from: number, length: number): boolean {
  const c = codes[from];
  if (from >= length || c === SPACE || c === BREAK) return false;
  const before = bestEnd;
  walk(node, pos, false);
  return bestEnd > before;
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
  let e = seenEntityOf(slot);
  if (e < 0) e = m.termEnts[m.termEntStart[terminalIndex(m, slot)]!]!;
  if (!(nodes[2 * slot]! & F_GUARDED) && seen[e] === 0) {
    seen[e] = 1;
    seenCount++;
  }
  // end holds the last unit for now; scan() maps it to the original once (endOf).
  out.push({ start: buf.starts[start]!, end: bestEnd - 1, entity: m.entityIds[e]! });
}
