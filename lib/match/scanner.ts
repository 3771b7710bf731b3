import { getFoldTables } from '../arabic/index.ts';
import { BREAK, childOf, F_GUARDED, type Matcher, SPACE, terminalIndex } from './matcher-data.ts';
import { ScanBuffer } from './scan-buffer.ts';
import { TrieWalker } from './trie-walker.ts';
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

// One buffer for all scanners: scans are synchronous, and a page's blocks would otherwise each allocate.
const sharedBuffer = new ScanBuffer();

export function createScanner(matcher: Matcher): Scanner {
  const tables = getFoldTables({ foldHamzaSeats: matcher.foldHamzaSeats });
  const walker = new TrieWalker(matcher);
  const seen = new Uint8Array(matcher.entityIds.length);
  walker.seen = seen;
  return {
    scan(text) {
      sharedBuffer.fill(text, tables);
      walker.codes = sharedBuffer.codes;
      walker.length = sharedBuffer.length;
      const out: Mention[] = [];
      scanBuffer(walker, sharedBuffer, seen, out);
      for (const m of out) m.end = sharedBuffer.endOf(m.end, text, tables);
      return out;
    },
    reset() {
      seen.fill(0);
      walker.seenCount = 0;
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
function scanBuffer(w: TrieWalker, buf: ScanBuffer, seen: Uint8Array, out: Mention[]): void {
  const codes = buf.codes;
  const n = buf.length;
  const alef = childOf(w.m, 0, ALEF);
  let pos = 0;
  while (pos < n) {
    const c = codes[pos]!;
    if (c === SPACE || c === BREAK) {
      pos++;
      continue;
    }
    w.bestEnd = -1;
    let bestStart = pos;
    w.walk(0, pos, false);
    let p = pos;
    if (c === WAW || c === FA) {
      p++;
      if (tryFrom(w, 0, p, p)) bestStart = p;
    }
    const c1 = p < n ? codes[p]! : BREAK;
    if (c1 === BA || c1 === KAF || c1 === LAM) {
      // ل before ال is written لل (below), so ل + ال is not a proclitic reading.
      const lamBeforeAl = c1 === LAM && codes[p + 1] === ALEF && codes[p + 2] === LAM;
      if (!lamBeforeAl && tryFrom(w, 0, p + 1, p + 1)) bestStart = p + 1;
      // لل + rest = ال + rest: the first ل stands for the alef; the span keeps it.
      if (c1 === LAM && codes[p + 1] === LAM && alef >= 0 && tryFrom(w, alef, p + 1, p)) bestStart = p;
    }
    if (w.bestEnd > 0) {
      emit(w, buf, seen, bestStart, out);
      pos = w.bestEnd;
      continue;
    }
    // No name starts here: look for a long ال-name glued to this word, then skip the word.
    let q = pos + 1;
    for (; q < n && codes[q] !== SPACE && codes[q] !== BREAK; q++) {
      if (codes[q] === ALEF && codes[q + 1] === LAM && q - pos >= 2 && alef >= 0) {
        w.walk(alef, q + 1, true);
        if (w.bestEnd > 0) break;
      }
    }
    if (w.bestEnd > 0) {
      emit(w, buf, seen, q, out);
      pos = w.bestEnd;
    } else pos = q;
  }
}

/** Walks from (node, pos) for a candidate whose stem starts at `from`; true if it became the best. */
function tryFrom(w: TrieWalker, node: number, pos: number, from: number): boolean {
  const c = w.codes[from];
  if (from >= w.length || c === SPACE || c === BREAK) return false;
  const before = w.bestEnd;
  w.walk(node, pos, false);
  return w.bestEnd > before;
}

function emit(w: TrieWalker, buf: ScanBuffer, seen: Uint8Array, start: number, out: Mention[]): void {
  const m = w.m;
  const slot = w.bestSlot;
  let e = w.seenEntityOf(slot);
  if (e < 0) e = m.termEnts[m.termEntStart[terminalIndex(m, slot)]!]!;
  if (!(m.nodes[2 * slot]! & F_GUARDED) && seen[e] === 0) {
    seen[e] = 1;
    w.seenCount++;
  }
  // end holds the last unit for now; scan() maps it to the original once (endOf).
  out.push({ start: buf.starts[start]!, end: w.bestEnd - 1, entity: m.entityIds[e]! });
}
