import { CLASS_WORD, DROP, getFoldTables } from '../../lib/arabic/index.ts';

/**
 * The least any whole-word matcher on this design has to do: look at every unit of the text once
 * (fold and class by table, as the scanner does) and hash each word, with no lookup, walk, proclitic
 * or mention. What a scan can never beat: the bench prints it beside the matchers so the targets can
 * be read against it. Returns a checksum of the words, so the loop cannot be optimised away.
 */
export function scanFloor(text: string): number {
  const fc = getFoldTables().foldCls;
  const n = text.length;
  let hashes = 0;
  let i = 0;
  while (i < n) {
    const v = fc[text.charCodeAt(i)]!;
    if (v >>> 16 !== CLASS_WORD) {
      i++;
      continue;
    }
    let h = 0;
    let e = i;
    for (; e < n; e++) {
      const u = fc[text.charCodeAt(e)]!;
      if (u >>> 16 === CLASS_WORD) h = (Math.imul(h, 0x01000193) + (u & 0xffff)) | 0;
      else if (u !== DROP) break;
    }
    hashes = (hashes + h) | 0;
    i = e;
  }
  return hashes;
}
