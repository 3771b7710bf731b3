import { CLASS_NEWLINE, CLASS_SPACE, CLASS_WORD, DROP, EXPAND, type FoldTables } from '../arabic/index.ts';
import { BREAK, SPACE } from './matcher-data.ts';

/**
 * The scan's view of a text: folded word units, each gap between words collapsed to one SPACE (only
 * whitespace, at most one line break) or BREAK (punctuation, a paragraph break), and for every unit its
 * original start (ends are computed only for mentions, see endOf). Reused across scans so the hot loop allocates nothing.
 */
export class ScanBuffer {
  codes = new Uint16Array(1024);
  starts = new Int32Array(1024);
  /**
   * For the first unit w of each word: the index just past the word (one store per word). Valid only
   * when `plain`.
   */
  wordEnds = new Int32Array(1024);
  /** No ligature was expanded: the words of `codes` are exactly the fill's words (wordEnds valid). */
  plain = true;
  length = 0;

  /**
   * Where to end a chunk that starts at `from`: just after the first punctuation unit (a BREAK, which
   * no name crosses) at or beyond from + target, or the end of the text. Filling and scanning chunk by
   * chunk gives the same mentions as the whole text at once, and keeps the buffer and the trie's hot
   * slots in cache.
   */
  cut(text: string, tables: FoldTables, from: number, target: number): number {
    const foldCls = tables.foldCls;
    const len = text.length;
    for (let i = from + target; i < len; i++) {
      const v = foldCls[text.charCodeAt(i)]!;
      // CLASS_OTHER (0) and neither dropped (0) nor a ligature (EXPAND): punctuation, a break.
      if (v >>> 16 === 0 && v !== DROP && v !== EXPAND) return i + 1;
    }
    return len;
  }

  /** Fills the buffer from text[from, to) (the whole text by default); starts are offsets in text. */
  fill(text: string, tables: FoldTables, from = 0, to = text.length): void {
    if (this.codes.length < to - from + 2) this.grow(to - from + 2);
    const foldCls = tables.foldCls;
    const len = to;
    let codes = this.codes;
    let starts = this.starts;
    let wordEnds = this.wordEnds;
    this.plain = true;
    let n = 0;
    let i = from;
    // Alternates a gap phase and a word phase, each a tight loop (one table lookup per unit).
    while (i < len) {
      // Gap: everything up to the next word unit or ligature; dropped units are transparent.
      let gapStart = -1;
      let gapBreak = false;
      let newlines = 0;
      let v = 0;
      for (; i < len; i++) {
        v = foldCls[text.charCodeAt(i)]!;
        const k = v >>> 16;
        if (k === CLASS_WORD || v === EXPAND) break;
        if (v === DROP) continue;
        if (gapStart < 0) gapStart = i;
        if (k === CLASS_NEWLINE) newlines++;
        else if (k !== CLASS_SPACE) gapBreak = true;
      }
      if (i >= len) break;
      if (v === EXPAND) {
        this.length = n;
        this.pushExpansion(text, i, len, tables, gapStart >= 0, gapStart, gapBreak || newlines > 1);
        n = this.length;
        codes = this.codes;
        starts = this.starts;
        wordEnds = this.wordEnds;
        this.plain = false;
        i++;
        continue;
      }
      if (gapStart >= 0 && n > 0) {
        codes[n] = gapBreak || newlines > 1 ? BREAK : SPACE;
        starts[n] = gapStart;
        n++;
      }
      // Word: the store truncates v to its folded unit (the class is in the high half).
      const w = n;
      codes[n] = v;
      starts[n] = i;
      n++;
      for (i++; i < len; i++) {
        v = foldCls[text.charCodeAt(i)]!;
        if (v >>> 16 === CLASS_WORD) {
          codes[n] = v;
          starts[n] = i;
          n++;
        } else if (v !== DROP) break;
      }
      wordEnds[w] = n;
    }
    this.length = n;
    // Sentinels: the walk reads up to two units past the end without a bounds test.
    if (this.codes.length < n + 2) this.grow(n + 2);
    this.codes[n] = BREAK;
    this.codes[n + 1] = BREAK;
  }

  /** Original end of unit u: just after its source, and after the marks that follow it (its harakat). */
  endOf(u: number, text: string, tables: FoldTables): number {
    let end = this.starts[u]! + 1;
    while (end < text.length && tables.fold[text.charCodeAt(end)] === DROP) end++;
    return end;
  }

  /** Rare path (ligatures): the expansion's units are letters, or spaces inside a phrase ligature. */
  private pushExpansion(
    text: string,
    i: number,
    end: number,
    tables: FoldTables,
    inGap: boolean,
    gapStart: number,
    gapBreak: boolean,
  ): void {
    const units = tables.expansions.get(text.charCodeAt(i))!;
    if (this.codes.length < this.length + units.length + end - i + 2) {
      this.grow(this.length + units.length + end - i + 2);
    }
    let n = this.length;
    if (inGap && n > 0) this.put(n++, gapBreak ? BREAK : SPACE, gapStart);
    for (let k = 0; k < units.length; k++) {
      const u = units.charCodeAt(k);
      this.put(n++, tables.cls[u] === CLASS_WORD ? u : SPACE, i);
    }
    this.length = n;
  }

  private put(n: number, code: number, at: number): void {
    this.codes[n] = code;
    this.starts[n] = at;
  }

  private grow(min: number): void {
    const size = Math.max(min, this.codes.length * 2);
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    this.wordEnds = new Int32Array(size);
    codes.set(this.codes.subarray(0, this.length));
    starts.set(this.starts.subarray(0, this.length));
    this.codes = codes;
    this.starts = starts;
  }
}
