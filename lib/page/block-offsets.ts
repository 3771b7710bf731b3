import type { Block } from './block-walker.ts';

/** Index of the last entry of a sorted array that is <= value (0 when none is). */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text node and offset of a block offset; `end` picks the node that ends there over the one that starts. */
export function toNodeOffset(block: Block, offset: number, end = false): [Text, number] {
  let i = lastAtOrBefore(block.starts, end ? offset - 1 : offset);
  if (i < 0) i = 0;
  const node = block.nodes[i]!;
  return [node, Math.min(offset - block.starts[i]!, node.data.length)];
}

/** A live Range over [start, end) of a block's text: it follows later edits of the page. */
export function blockRange(block: Block, start: number, end: number): Range {
  const range = block.element.ownerDocument.createRange();
  const [startNode, startOffset] = toNodeOffset(block, start);
  const [endNode, endOffset] = toNodeOffset(block, end, true);
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}
