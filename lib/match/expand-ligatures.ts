import { DROP, EXPAND, type FoldTables } from '../arabic/index.ts';

/** Presentation forms: the only units whose folding can be several units (lam-alef, phrase ligatures). */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/g;

/** A stretch of text with its multi-unit ligatures written out, and where each unit came from. */
export interface ExpandedText {
  text: string;
  /** origin[k] = offset in the original text of unit k (every unit of an expansion has the ligature's). */
  origin: Int32Array;
}

/**
 * The stretches [from, to) of text that hold a ligature folding to several units (ﻻ → لا, ﷲ → الله),
 * each cut just after punctuation on both sides: no name crosses punctuation, so scanning the
 * stretches apart finds the same names. Flat list of bounds, empty in the common case (one native
 * regex search).
 */
export function ligatureStretches(text: string, tables: FoldTables): number[] {
  const out: number[] = [];
  const { fold, foldCls } = tables;
  const isBreak = (c: number) => {
    const v = foldCls[c]!;
    return v >>> 16 === 0 && v !== DROP && v !== EXPAND;
  };
  PRESENTATION_FORMS.lastIndex = 0;
  for (let hit = PRESENTATION_FORMS.exec(text); hit; hit = PRESENTATION_FORMS.exec(text)) {
    const at = hit.index;
    if (fold[text.charCodeAt(at)] !== EXPAND) continue;
    const floor = out.length > 0 ? out[out.length - 1]! : 0;
    let from = at;
    while (from > floor && !isBreak(text.charCodeAt(from - 1))) from--;
    let to = at + 1;
    while (to < text.length && !isBreak(text.charCodeAt(to))) to++;
    to = Math.min(to + 1, text.length);
    if (out.length > 0 && from <= floor) out[out.length - 1] = to;
    else out.push(from, to);
    PRESENTATION_FORMS.lastIndex = to;
  }
  return out;
}

/** text[from, to) with its ligatures written out as the fold table's expansions. */
export function expandLigatures(text: string, from: number, to: number, tables: FoldTables): ExpandedText {
  const { fold, expansions } = tables;
  const units: number[] = [];
  const origin: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const out = fold[c] === EXPAND ? expansions.get(c)! : String.fromCharCode(c);
    for (let k = 0; k < out.length; k++) {
      units.push(out.charCodeAt(k));
      origin.push(i);
    }
  }
  let expanded = '';
  // fromCharCode.apply takes a bounded argument list.
  for (let k = 0; k < units.length; k += 8192) {
    expanded += String.fromCharCode.apply(null, units.slice(k, k + 8192));
  }
  return { text: expanded, origin: Int32Array.from(origin) };
}
