import {
  CLASS_NEWLINE,
  CLASS_SPACE,
  CLASS_WORD,
  composeHamzaSeats,
  DROP,
  type FoldTables,
  getFoldTables,
} from '../arabic/index.ts';
import { expandLigatures, ligatureStretches } from './expand-ligatures.ts';
import {
  childOf,
  F_GUARDED,
  F_LEAD_GLUE,
  F_PARTICLE,
  F_TERMINAL,
  F_WORD_END,
  FLAG_BITS,
  type Matcher,
  SPACE,
} from './matcher-data.ts';
import type { Mention } from './types.ts';
import { concat, filterShift, JUMP_WORDS, jumpHome, mayStart, WORD_HASH_B } from './word-filter.ts';

/** A folded word unit as the fold table gives it: the unit in the low half, its class in the high. */
const word = (u: number) => u | (CLASS_WORD << 16);
const WAW = word(0x0648);
const FA = word(0x0641);
const BA = word(0x0628);
const KAF = word(0x0643);
const LAM = word(0x0644);
const ALEF = word(0x0627);
/**
 * The longest word (in units) searched for a long name glued to it: each inner ال costs a pass over the
 * word, so an unbroken run of letters (a banner, a broken page) would cost its length squared.
 */
const GLUED_WORD_MAX = 96;
/** ا as written (not folded from أ إ آ). */
const BARE_ALEF = 0x0627;
/** Read past the end of the text: a noncharacter that folds to itself, class other (a break). */
const END = 0xfffe;

/** Scans the blocks of one page in order, remembering which entities the page has named. */
export interface Scanner {
  scan(text: string): Mention[];
  /** Forget the page (a new document). */
  reset(): void;
  /**
   * Entities this page already named (unknown ids are ignored): a page whose scanner was lost (a
   * restarted service worker, a recompiled matcher) keeps the evidence its guarded aliases need.
   */
  remember(entityIds: Iterable<string>): void;
}

/*
 * The state of the scan in progress, at module level: scans are synchronous, and plain functions over
 * module state run about twice as fast as methods over `this` in the walk (measured). The scan reads
 * the text itself, folding each unit by table lookup as it goes: no normalised copy is made (see
 * README, the compiled structure).
 */
let m: Matcher;
let nodes: Int32Array = new Int32Array(0);
/** Original unit → trie symbol, for word units only (0: the unit ends every walk). */
let unitSym: Uint16Array = new Uint16Array(0);
/** Original unit → folded unit | class << 16 (0: dropped, transparent inside a word). */
let foldCls: Uint32Array = new Uint32Array(0);
let spaceSym = 0;
let wawSym = 0;
let alefSym = 0;
let lamSym = 0;
/** The root's alef child, or -1. */
let alefSlot = -1;
/** The slot of ال from the root (لل read as الل starts there), or -1; and the hash of ال. */
let alefLamSlot = -1;
let alefLamHash = 0;
/** The word filters and jumps (word-filter.ts). */
let any: Uint32Array = new Uint32Array(1);
let anyShift = 0;
let walkWords: Uint32Array = new Uint32Array(1);
let walkShift = 0;
let lead: Uint32Array = new Uint32Array(1);
let leadShift = 0;
let jumps: Int32Array = new Int32Array(JUMP_WORDS);
let jumpMask = 0;
let pool: Uint16Array = new Uint16Array(0);
/** The text being scanned and the stretch [lo, len) of it this pass covers. */
let src = '';
let lo = 0;
let len = 0;
/** seen[e] = 1: entity e was matched by an unguarded alias earlier on this page. */
let seen: Uint8Array = new Uint8Array(0);
/** How many entities the page has seen (0: no guarded alias can match, skip the lookup). */
let seenCount = 0;
/** The longest accepted end of the walks since the last reset, and its terminal slot. */
let bestEnd = -1;
let bestSlot = 0;
/** Pending plain continuations (slot, pos) while a glued reading is walked. */
let stack: Int32Array = new Int32Array(32);

/** What a scan reads of a matcher beyond its arrays: derived once per matcher, not per block. */
interface Prepared {
  tables: FoldTables;
  /** The symbol of every original unit that folds to a word unit of some key: the fold and symOf in one. */
  unitSym: Uint16Array;
  spaceSym: number;
  wawSym: number;
  alefSym: number;
  lamSym: number;
  /** The root's alef child (لل read as ال starts there), or -1. */
  alefSlot: number;
  /** The slot of ال (لل read as الل starts there), or -1; the hash of ال. */
  alefLamSlot: number;
  alefLamHash: number;
  anyShift: number;
  walkShift: number;
  leadShift: number;
  jumpMask: number;
}

const preparedMatchers = new WeakMap<Matcher, Prepared>();

function prepare(matcher: Matcher): Prepared {
  let prepared = preparedMatchers.get(matcher);
  if (!prepared) {
    const tables = getFoldTables({ foldHamzaSeats: matcher.foldHamzaSeats });
    const unitSym = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const v = tables.foldCls[c]!;
      if (v >>> 16 === CLASS_WORD) unitSym[c] = matcher.symOf[v & 0xffff]!;
    }
    const alefSlot = childOf(matcher, 0, 0x0627);
    const alefSym = matcher.symOf[0x0627]!;
    const lamSym = matcher.symOf[0x0644]!;
    prepared = {
      tables,
      unitSym,
      spaceSym: matcher.symOf[SPACE]!,
      wawSym: matcher.symOf[0x0648]!,
      alefSym,
      lamSym,
      alefSlot,
      alefLamSlot: alefSlot < 0 ? -1 : childOf(matcher, alefSlot, 0x0644),
      alefLamHash: concat(alefSym, lamSym, WORD_HASH_B),
      anyShift: filterShift(matcher.anyWords),
      walkShift: filterShift(matcher.walkWords),
      leadShift: filterShift(matcher.leadWords),
      jumpMask: matcher.jumps.length / JUMP_WORDS - 1,
    };
    preparedMatchers.set(matcher, prepared);
  }
  return prepared;
}

export function createScanner(matcher: Matcher): Scanner {
  const prepared = prepare(matcher);
  const tables = prepared.tables;
  const pageSeen = new Uint8Array(matcher.entityIds.length);
  const page = { count: 0 };
  return {
    scan(written) {
      // Same length as written: the spans found in it are spans of the written text.
      const text = composeHamzaSeats(written);
      m = matcher;
      nodes = matcher.nodes;
      any = matcher.anyWords;
      walkWords = matcher.walkWords;
      lead = matcher.leadWords;
      jumps = matcher.jumps;
      pool = matcher.jumpPool;
      ({
        unitSym,
        spaceSym,
        wawSym,
        alefSym,
        lamSym,
        alefSlot,
        alefLamSlot,
        alefLamHash,
        anyShift,
        walkShift,
        leadShift,
        jumpMask,
      } = prepared);
      foldCls = tables.foldCls;
      seen = pageSeen;
      seenCount = page.count;
      const out: Mention[] = [];
      // Ligatures that fold to several units are rare: their stretches are written out and scanned
      // apart, the rest of the text is scanned as it is.
      const stretches = ligatureStretches(text, tables);
      let at = 0;
      for (let k = 0; k < stretches.length; k += 2) {
        const from = stretches[k]!;
        const to = stretches[k + 1]!;
        scanRange(text, at, from, out);
        const expanded = expandLigatures(text, from, to, tables);
        const first = out.length;
        scanRange(expanded.text, 0, expanded.text.length, out);
        mapToOriginal(out, first, expanded.origin, text, tables);
        at = to;
      }
      scanRange(text, at, text.length, out);
      src = '';
      page.count = seenCount;
      return out;
    },
    reset() {
      pageSeen.fill(0);
      page.count = 0;
    },
    remember(entityIds) {
      const index = entityIndex(matcher);
      for (const id of entityIds) {
        const e = index.get(id);
        if (e !== undefined && pageSeen[e] === 0) {
          pageSeen[e] = 1;
          page.count++;
        }
      }
    },
  };
}

const entityIndexes = new WeakMap<Matcher, Map<string, number>>();

function entityIndex(matcher: Matcher): Map<string, number> {
  let index = entityIndexes.get(matcher);
  if (!index) {
    index = new Map(matcher.entityIds.map((id, e) => [id, e]));
    entityIndexes.set(matcher, index);
  }
  return index;
}

/** One-shot scan of a text as a page of its own. */
export function findMentions(matcher: Matcher, text: string): Mention[] {
  return createScanner(matcher).scan(text);
}

function scanRange(text: string, from: number, to: number, out: Mention[]): void {
  src = text;
  lo = from;
  len = to;
  scanText(out);
}

/** Folded unit and class at i (END past the text). */
function unitAt(i: number): number {
  return i < len ? foldCls[src.charCodeAt(i)]! : END;
}

/** The first unit at or after i that is not dropped (harakat, tatweel, invisible controls). */
function skipDropped(i: number): number {
  while (i < len && foldCls[src.charCodeAt(i)] === DROP) i++;
  return i;
}

/**
 * Leftmost-longest over word starts. At each word start the candidates are, in order: the word as
 * written, then without (و|ف), then without (و|ف)?(ب|ك|ل), then لل read as ال; the longest accepted
 * match wins and ties go to the earlier candidate. A word with no match is searched for a long name
 * glued to it (…ال + name). A reading is walked only when the word filter lets its letters through.
 */
function scanText(out: Mention[]): void {
  const text = src;
  const fc = foldCls;
  const sym = unitSym;
  const n = len;
  const alef = alefSlot;
  const alefY = alefSym;
  const lamY = lamSym;
  let i = lo;
  while (i < n) {
    const v = fc[text.charCodeAt(i)]!;
    // Not a word unit (a gap, punctuation, a dropped mark before a word): the next unit may start one.
    if (v >>> 16 !== CLASS_WORD) {
      i++;
      continue;
    }
    let p = i;
    let v1 = v;
    if (v === WAW || v === FA) {
      p = skipDropped(i + 1);
      v1 = unitAt(p);
    }
    const clitic = v1 === BA || v1 === KAF || v1 === LAM;
    const q = clitic ? skipDropped(p + 1) : p;
    // The rest of the word [q, e) in one pass: its hash and B^letters, and the first ال that a long
    // name glued to the word could start at (two letters in at least).
    let hq = 0;
    let pow = 1;
    let innerAl = -1;
    let e = q;
    for (; e < n; e++) {
      const c = text.charCodeAt(e);
      const y = sym[c]!;
      if (y !== 0) {
        hq = (Math.imul(hq, WORD_HASH_B) + y) | 0;
        pow = Math.imul(pow, WORD_HASH_B);
        if (y === alefY && innerAl < 0 && e >= i + 2) {
          // An ال (or an alef before a mark: gluedName reads on), not a word's final alef.
          const after = e + 1 < n ? text.charCodeAt(e + 1) : END;
          if (sym[after] === lamY || fc[after] === DROP) innerAl = e;
        }
        continue;
      }
      const u = fc[c]!;
      if (u !== DROP && u >>> 16 !== CLASS_WORD) break;
    }
    // Most words start no name: one filter lookup, and on to the next word.
    if (q === i && innerAl < 0 && !mayStart(any, anyShift, hq)) i = e;
    else i = readings(i, p, q, e, v1, hq, pow, innerAl, alef, out);
  }
}

/**
 * The readings of the word [i, e) in order (see scanText), its proclitics ending at p and q, the hash
 * of [q, e) and B^letters; then a glued long name from its first inner ال. Where the scan goes on.
 */
function readings(
  i: number,
  p: number,
  q: number,
  e: number,
  v1: number,
  hq: number,
  pow: number,
  innerAl: number,
  alef: number,
  out: Mention[],
): number {
  bestEnd = -1;
  let bestStart = i;
  read(q === i ? hq : concat(hashUp(i, q), hq, pow), 0, i, e, 0);
  if (p !== i && read(concat(hashUp(p, q), hq, pow), 0, p, e, 0)) bestStart = p;
  if (q !== p) {
    const vq = unitAt(q);
    // ل before the article is written لل (below), so ل + ال is not a proclitic reading. The article's
    // alef is bare: a name that begins with أل or إل (ألمانيا, إلهام) takes ل as any name does.
    const lamBeforeAl = v1 === LAM && src.charCodeAt(q) === BARE_ALEF && unitAt(skipDropped(q + 1)) === LAM;
    if (!lamBeforeAl && read(hq, 0, q, e, 0)) bestStart = q;
    if (v1 === LAM && vq === LAM) {
      // لل + rest = ال + rest: the first ل stands for the alef; the span keeps it.
      if (alef >= 0 && read(concat(alefSym, hq, pow), alef, q, e, alefSym)) bestStart = p;
      // A name that begins with الل (اللجنة) takes ل as لل + the rest (للجنة): the ل left is its own.
      if (alefLamSlot >= 0 && read(concat(alefLamHash, hq, pow), alefLamSlot, q, e, (lamSym << 16) | alefSym))
        bestStart = p;
    }
  }
  if (bestEnd < 0 && innerAl >= 0 && e - i <= GLUED_WORD_MAX) bestStart = gluedName(i, innerAl, e, alef);
  if (bestEnd < 0) return e;
  emit(bestStart, out);
  return bestEnd;
}

/**
 * A long ال-name glued to the letters before it in the word [i, e): at the first ال from `from` with
 * two letters before it whose letters the lead filter lets through. Its start, or -1.
 */
function gluedName(i: number, from: number, e: number, alef: number): number {
  if (alef < 0) return -1;
  for (let j = from; j < e; j++) {
    if (foldCls[src.charCodeAt(j)] !== ALEF || lettersIn(i, j) < 2) continue;
    const l = skipDropped(j + 1);
    if (unitAt(l) !== LAM || !mayStart(lead, leadShift, hashUp(j, e))) continue;
    probe(alef, l, true);
    if (bestEnd > 0) return j;
  }
  return -1;
}

/** Word hash (word-filter.ts) of the letters in [from, to). */
function hashUp(from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) {
    const y = unitSym[src.charCodeAt(k)]!;
    if (y !== 0) h = (Math.imul(h, WORD_HASH_B) + y) | 0;
  }
  return h;
}

function lettersIn(from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (foldCls[src.charCodeAt(k)] !== DROP) count++;
  return count;
}

/**
 * The reading of the word [from, e) (hash h; `node` is the root, or the alef or ال when لل is read as
 * ال or الل, whose symbols are `prefix`, see isWord): jumps past the word when it is the first word of a key, else walks it
 * letter by letter if it may start one. True if it became the best.
 */
function read(h: number, node: number, from: number, e: number, prefix: number): boolean {
  if (!mayStart(any, anyShift, h) || unitAt(from) >>> 16 !== CLASS_WORD) return false;
  const before = bestEnd;
  const slot = jumpOf(h, from, e, prefix);
  if (slot >= 0) walk(slot, e, false);
  else if (mayStart(walkWords, walkShift, h)) probe(node, from, false);
  return bestEnd > before;
}

/** The slot a key's first word leads to, when [from, e) (after `prefix`, see isWord) is one; else -1. */
function jumpOf(h: number, from: number, e: number, prefix: number): number {
  for (let x = jumpHome(h, jumpMask); ; x = (x + 1) & jumpMask) {
    const slot = jumps[x * JUMP_WORDS + 1]!;
    if (slot === 0) return -1;
    if (jumps[x * JUMP_WORDS] === h && isWord(jumps[x * JUMP_WORDS + 2]!, from, e, prefix)) return slot - 1;
  }
}

/**
 * The text's letters [from, e), after `prefix` (up to two symbols, the first in the low 16 bits; 0: none),
 * are the pooled word `ref` (start << 8 | length).
 */
function isWord(ref: number, from: number, e: number, prefix: number): boolean {
  let k = ref >>> 8;
  const end = k + (ref & 0xff);
  if (prefix !== 0) {
    if (pool[k++] !== (prefix & 0xffff)) return false;
    if (prefix >>> 16 !== 0 && (k === end || pool[k++] !== prefix >>> 16)) return false;
  }
  for (let p = from; p < e; p++) {
    const c = src.charCodeAt(p);
    const y = unitSym[c]!;
    if (y === 0) {
      if (foldCls[c] === DROP) continue;
      return false;
    }
    if (k === end || pool[k++] !== y) return false;
  }
  return k === end;
}

/** Slot flags that make the walk do more than follow a transition. */
const F_STOP = F_TERMINAL | F_WORD_END;

/**
 * walk(s, pos, leadOnly), with its first two plain transitions taken here (small enough to be inlined
 * into the callers): a reading that fails within two units costs no call. A slot with
 * flags, or a failed transition on a unit that is not a letter (a mark to skip, the gap after a
 * detached و), goes to walk itself.
 */
function probe(s: number, pos: number, leadOnly: boolean): void {
  const da = nodes;
  let w = da[2 * s]!;
  if (w & F_STOP) {
    walk(s, pos, leadOnly);
    return;
  }
  const c = pos < len ? src.charCodeAt(pos) : END;
  const t = (w >>> FLAG_BITS) + unitSym[c]!;
  if (da[2 * t + 1] !== s) {
    if (foldCls[c]! >>> 16 !== CLASS_WORD) walk(s, pos, leadOnly);
    return;
  }
  w = da[2 * t]!;
  if (w & F_STOP) {
    walk(t, pos + 1, leadOnly);
    return;
  }
  const c2 = pos + 1 < len ? src.charCodeAt(pos + 1) : END;
  const t2 = (w >>> FLAG_BITS) + unitSym[c2]!;
  if (da[2 * t2 + 1] !== t) {
    if (foldCls[c2]! >>> 16 !== CLASS_WORD) walk(t, pos + 1, leadOnly);
    return;
  }
  walk(t2, pos + 2, leadOnly);
}

/**
 * Walks the trie along the text from one start and keeps the longest accepted end (bestEnd, bestSlot).
 * Accepted: a terminal followed by a word boundary, which is not guarded or whose entity the page has
 * already seen. Dropped units are skipped; a gap between words is an alias space when it holds only
 * whitespace with at most one line break. The walk branches only where a space of an alias may be
 * missing in the text (see README, spacing): the glued reading is walked first and the plain
 * continuation waits on a small stack, so ties go to the glued reading as in a recursive walk.
 */
function walk(start: number, from: number, leadOnly: boolean): void {
  const text = src;
  const da = nodes;
  const sym = unitSym;
  const fc = foldCls;
  const n = len;
  let pos = from;
  let sp = 0;
  let s = start;
  for (;;) {
    const w = da[2 * s]!;
    const b = w >>> FLAG_BITS;
    if (w & F_STOP) {
      // The unit after the letters so far, past any marks on the last one (they belong to the span).
      pos = skipDropped(pos);
      const v = unitAt(pos);
      const boundary = v >>> 16 !== CLASS_WORD;
      if (
        w & F_TERMINAL &&
        boundary &&
        pos > bestEnd &&
        (!leadOnly || w & F_LEAD_GLUE) &&
        (!(w & F_GUARDED) || seenEntityOf(s) >= 0)
      ) {
        bestEnd = pos;
        bestSlot = s;
      }
      if (w & F_WORD_END) {
        const g = b + spaceSym;
        if (boundary) {
          // Between words: cross a soft gap as the alias's space; a break ends the walk.
          const next = v >>> 16 >= CLASS_SPACE ? gapEnd(pos) : -1;
          if (next >= 0 && da[2 * g + 1] === s) {
            s = g;
            pos = next;
            continue;
          }
        } else if (w & F_PARTICLE || (v === ALEF && unitAt(skipDropped(pos + 1)) === LAM)) {
          // Inside a text word where an alias has a space: the space may be missing (عبداللطيف).
          if (da[2 * g + 1] === s) {
            const t = b + sym[text.charCodeAt(pos)]!;
            if (da[2 * t + 1] === s) {
              if (sp + 2 > stack.length) growStack();
              stack[sp++] = t;
              stack[sp++] = pos + 1;
            }
            s = g;
            continue;
          }
        }
        if (boundary) {
          if (sp === 0) return;
          pos = stack[--sp]!;
          s = stack[--sp]!;
          continue;
        }
      }
    }
    const c = pos < n ? text.charCodeAt(pos) : END;
    // Symbol 0 (not a letter of any key) never matches: check[base[s]] !== s for every s.
    const t = b + sym[c]!;
    if (da[2 * t + 1] === s) {
      s = t;
      pos++;
      continue;
    }
    const v = fc[c]!;
    if (v === DROP && pos < n) {
      pos++;
      continue;
    }
    // A detached conjunction (الساحل و الصحراء) reads as the glued one the key holds (وY).
    if (v >>> 16 >= CLASS_SPACE && s !== 0 && s - (da[2 * da[2 * s + 1]!]! >>> FLAG_BITS) === wawSym) {
      const next = detachedWaw(pos);
      if (next >= 0) {
        pos = next;
        continue;
      }
    }
    if (sp === 0) return;
    pos = stack[--sp]!;
    s = stack[--sp]!;
  }
}

/**
 * From the first unit of a gap: the first word unit after it when the gap is soft (whitespace with at
 * most one line break, marks transparent), else -1 (punctuation, a paragraph break, the end).
 */
function gapEnd(from: number): number {
  let newlines = 0;
  for (let i = from; i < len; i++) {
    const v = foldCls[src.charCodeAt(i)]!;
    if (v === DROP) continue;
    const k = v >>> 16;
    if (k === CLASS_WORD) return newlines > 1 ? -1 : i;
    if (k === CLASS_SPACE) continue;
    if (k !== CLASS_NEWLINE) return -1;
    // CR LF is one line break (a Windows text file), not a blank line.
    if (src.charCodeAt(i) === 0x0a && i > from && src.charCodeAt(i - 1) === 0x0d) continue;
    if (++newlines > 1) return -1;
  }
  return -1;
}

/**
 * At the gap after a و: where the next word starts when the و is a word of its own between soft gaps
 * (a conjunction written apart), else -1.
 */
function detachedWaw(gap: number): number {
  let k = gap - 1;
  while (k >= lo && foldCls[src.charCodeAt(k)] === DROP) k--;
  if (k < lo || foldCls[src.charCodeAt(k)] !== WAW) return -1;
  k--;
  while (k >= lo && foldCls[src.charCodeAt(k)] === DROP) k--;
  if (k < lo || foldCls[src.charCodeAt(k)]! >>> 16 < CLASS_SPACE) return -1;
  // The gap before the و: back to its start, then read forward as a gap.
  while (k > lo) {
    const v = foldCls[src.charCodeAt(k - 1)]!;
    if (v !== DROP && v >>> 16 < CLASS_SPACE) break;
    k--;
  }
  if (k === lo || foldCls[src.charCodeAt(k - 1)]! >>> 16 !== CLASS_WORD || gapEnd(k) < 0) return -1;
  return gapEnd(gap);
}

function growStack(): void {
  const bigger = new Int32Array(stack.length * 2);
  bigger.set(stack);
  stack = bigger;
}

/** The first entity of terminal `slot` already seen on the page, or -1. */
function seenEntityOf(slot: number): number {
  if (seenCount === 0) return -1;
  const v = m.termValues[slot]!;
  if (v >= 0) return seen[v] ? v : -1;
  // v = -1 - k: the list's length is at k, its entities follow.
  const list = m.termLists;
  const k = -1 - v;
  for (let j = k + 1; j <= k + list[k]!; j++) if (seen[list[j]!]) return list[j]!;
  return -1;
}

function emit(start: number, out: Mention[]): void {
  const slot = bestSlot;
  // The entity: the first of the terminal's already seen on the page, else its first.
  const v = m.termValues[slot]!;
  let e = v;
  if (v < 0) {
    const seenOne = seenEntityOf(slot);
    e = seenOne >= 0 ? seenOne : m.termLists[-v]!; // the list's first entity, at k + 1 = -v
  }
  if (!(nodes[2 * slot]! & F_GUARDED) && seen[e] === 0) {
    seen[e] = 1;
    seenCount++;
  }
  out.push({ start, end: bestEnd, entity: m.entityIds[e]! });
}

/** Offsets in the expanded text → offsets in the text as given (a mention covers whole ligatures). */
function mapToOriginal(
  out: Mention[],
  first: number,
  origin: Int32Array,
  text: string,
  tables: FoldTables,
): void {
  for (let k = first; k < out.length; k++) {
    const mention = out[k]!;
    mention.start = origin[mention.start]!;
    let end = origin[mention.end - 1]! + 1;
    while (end < text.length && tables.fold[text.charCodeAt(end)] === DROP) end++;
    mention.end = end;
  }
}
