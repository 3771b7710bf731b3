// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../lib/knowledge/types.ts';
import type { Block } from '../../../lib/page/block-walker.ts';
import { PageIndex } from '../../../lib/page/page-index.ts';
import { readBlocks, SEED, setBody, textNode } from './dom.ts';

const HTML =
  '<p>التقى <b>عبد اللطيف حموشي</b> بمدير <a href="/fbi">مكتب التحقيقات الفيدرالي</a> في الرباط</p>' +
  `<p>${SEED.headline}</p>`;

const NAMES: Array<[string, string, EntityType]> = [
  ['عبد اللطيف حموشي', 'hammouchi', 'person'],
  ['مكتب التحقيقات الفيدرالي', 'fbi', 'org'],
  ['الرباط', 'rabat', 'place'],
  ['المغرب', 'morocco', 'place'],
  ['الولايات المتحدة', 'united-states', 'place'],
];

/** Mentions of NAMES in a block, sorted by start, as the background would send them. */
function mentionsIn(block: Block) {
  return NAMES.flatMap(([name, entity, type]) => {
    const start = block.text.indexOf(name);
    return start < 0 ? [] : [{ start, end: start + name.length, entity, type }];
  }).sort((a, b) => a.start - b.start);
}

/** An index over HTML's two paragraphs, with their mentions attached. */
function indexPage() {
  const blocks = readBlocks(setBody(HTML));
  const index = new PageIndex();
  for (const block of blocks) index.addBlock(block);
  for (const block of blocks) index.setMentions(block.id, mentionsIn(block));
  return { index, blocks };
}

describe('PageIndex', () => {
  it.each([
    // caret text, offset into that node → entity under the caret
    ['عبد اللطيف حموشي', 0, 'hammouchi'],
    ['عبد اللطيف حموشي', 4, 'hammouchi'],
    ['عبد اللطيف حموشي', 15, 'hammouchi'],
    // the end is exclusive
    ['عبد اللطيف حموشي', 16, undefined],
    ['التقى ', 0, undefined],
    ['التقى ', 5, undefined],
    [' بمدير ', 3, undefined],
    ['مكتب التحقيقات الفيدرالي', 0, 'fbi'],
    ['مكتب التحقيقات الفيدرالي', 23, 'fbi'],
    // " في الرباط": الرباط starts at 4 of this node
    [' في الرباط', 3, undefined],
    [' في الرباط', 4, 'rabat'],
    [' في الرباط', 9, 'rabat'],
    [' في الرباط', 10, undefined],
    ['المغرب والولايات', 0, 'morocco'],
    ['المغرب والولايات', 8, 'united-states'],
  ])('the caret in %j at %d is on %s', (text, offset, entity) => {
    const { index } = indexPage();
    expect(index.mentionAt(textNode(document.body, text), offset)?.entity).toBe(entity);
  });

  it('finds nothing for a caret outside the indexed text', () => {
    const { index } = indexPage();
    const outside = document.body.appendChild(document.createElement('p'));
    outside.textContent = 'الرباط';
    expect(index.mentionAt(outside.firstChild!, 2)).toBeUndefined();
    expect(index.mentionAt(document.body.querySelector('b')!, 0)).toBeUndefined();
  });

  it('gives each mention a range over its text', () => {
    const { index } = indexPage();
    expect(index.mentions().map((m) => [m.entity, m.range.toString()])).toEqual([
      ['hammouchi', 'عبد اللطيف حموشي'],
      ['fbi', 'مكتب التحقيقات الفيدرالي'],
      ['rabat', 'الرباط'],
      ['morocco', 'المغرب'],
      ['united-states', 'الولايات المتحدة'],
    ]);
  });

  it('lists mentions in document order whatever order blocks were added in', () => {
    const blocks = readBlocks(setBody(HTML));
    const index = new PageIndex();
    for (const block of [...blocks].reverse()) {
      index.addBlock(block);
      index.setMentions(block.id, mentionsIn(block));
    }
    expect(index.mentions().map((m) => m.entity)).toEqual([
      'hammouchi',
      'fbi',
      'rabat',
      'morocco',
      'united-states',
    ]);
  });

  it('attaches nothing to a block it does not know', () => {
    const { index } = indexPage();
    expect(index.setMentions(99, [{ start: 0, end: 6, entity: 'morocco', type: 'place' }])).toEqual([]);
  });

  it('removes a block with its mentions and returns them', () => {
    const { index, blocks } = indexPage();
    const first = blocks[0]!;
    expect(index.removeBlock(first.id).map((m) => m.entity)).toEqual(['hammouchi', 'fbi', 'rabat']);
    expect(index.size).toBe(1);
    expect(index.blocksOf(first.element)).toEqual([]);
    expect(index.mentionAt(textNode(document.body, 'عبد اللطيف حموشي'), 2)).toBeUndefined();
    expect(index.mentions().map((m) => m.entity)).toEqual(['morocco', 'united-states']);
    expect(index.removeBlock(first.id)).toEqual([]);
  });

  it('keeps every block of an element split by <br>', () => {
    const body = setBody('<p>بمكتبه بالرباط<br>المملكة المغربية</p>');
    const index = new PageIndex();
    const blocks = readBlocks(body);
    for (const block of blocks) index.addBlock(block);
    expect(index.blocksOf(body.querySelector('p')!)).toEqual([1, 2]);
    index.removeBlock(1);
    expect(index.blocksOf(body.querySelector('p')!)).toEqual([2]);
  });

  it('lists the blocks whose element left the document', () => {
    const { index, blocks } = indexPage();
    blocks[1]!.element.remove();
    expect(index.detachedBlocks()).toEqual([blocks[1]!.id]);
  });

  it('forgets everything on clear', () => {
    const { index, blocks } = indexPage();
    index.clear();
    expect([index.size, index.mentions(), index.blocksOf(blocks[0]!.element)]).toEqual([0, [], []]);
  });
});
