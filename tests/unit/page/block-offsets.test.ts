// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockRange, lastAtOrBefore, toNodeOffset } from '../../../lib/page/block-offsets.ts';
import { readBlocks, setBody } from './dom.ts';

// 'استقبل ' [0, 7) · 'عبد اللطيف' [7, 17) · ' حموشي' [17, 23)
const HTML = '<p>استقبل <a href="/profiles/hammouchi.html">عبد اللطيف</a> حموشي</p>';
const block = () => readBlocks(setBody(HTML))[0]!;

describe('lastAtOrBefore', () => {
  it.each([
    [-1, 0],
    [0, 0],
    [6, 0],
    [7, 1],
    [16, 1],
    [17, 2],
    [23, 2],
    [1000, 2],
  ])('in [0, 7, 17], %d → index %d', (value, index) => {
    expect(lastAtOrBefore([0, 7, 17], value)).toBe(index);
  });

  it('works on a typed array of one entry', () => {
    expect(lastAtOrBefore(Uint32Array.of(0), 5)).toBe(0);
  });
});

describe('toNodeOffset', () => {
  it.each([
    [0, false, 'استقبل ', 0],
    [3, false, 'استقبل ', 3],
    // a start at a node boundary is the start of the next node
    [7, false, 'عبد اللطيف', 0],
    // an end at a node boundary is the end of the node before
    [7, true, 'استقبل ', 7],
    [10, true, 'عبد اللطيف', 3],
    [17, false, ' حموشي', 0],
    [17, true, 'عبد اللطيف', 10],
    [23, true, ' حموشي', 6],
    [1, true, 'استقبل ', 1],
  ])('offset %d (end: %s) is in %j at %d', (offset, end, data, nodeOffset) => {
    const [node, at] = toNodeOffset(block(), offset, end);
    expect([node.data, at]).toEqual([data, nodeOffset]);
  });
});

describe('blockRange', () => {
  it.each([
    [7, 17, 'عبد اللطيف'],
    // a name split over two text nodes (a link and the text after it)
    [7, 23, 'عبد اللطيف حموشي'],
    [0, 6, 'استقبل'],
    [18, 23, 'حموشي'],
    [0, 23, 'استقبل عبد اللطيف حموشي'],
  ])('[%d, %d) covers %j', (start, end, text) => {
    expect(blockRange(block(), start, end).toString()).toBe(text);
  });

  it('ends a range that stops at a node boundary inside the earlier node', () => {
    const range = blockRange(block(), 0, 7);
    expect([(range.endContainer as Text).data, range.endOffset]).toEqual(['استقبل ', 7]);
  });
});
