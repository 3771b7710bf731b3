import type { EntityType } from '../knowledge/types.ts';
import { blockRange } from './block-offsets.ts';
import type { Block } from './block-walker.ts';
import { compareRanges } from './document-order.ts';

export interface PageMention {
  block: number;
  start: number;
  end: number;
  entity: string;
  type: EntityType;
  range: Range;
}

interface BlockRecord {
  block: Block;
  mentions: PageMention[];
}

/** What Siyaq knows about the page: its blocks, their mentions and a way back from a caret to a mention. */
export class PageIndex {
  readonly #blocks = new Map<number, BlockRecord>();
  readonly #byElement = new Map<Element, Set<number>>();
  readonly #nodeSlot = new WeakMap<Text, { block: number; index: number }>();

  get size(): number {
    return this.#blocks.size;
  }

  addBlock(block: Block): void {
    this.#blocks.set(block.id, { block, mentions: [] });
    const ids = this.#byElement.get(block.element) ?? new Set<number>();
    this.#byElement.set(block.element, ids);
    ids.add(block.id);
    block.nodes.forEach((node, index) => {
      this.#nodeSlot.set(node, { block: block.id, index });
    });
  }

  /** Attaches the background's mentions (sorted by start) to a block; returns them with their ranges. */
  setMentions(
    blockId: number,
    found: ReadonlyArray<{ start: number; end: number; entity: string; type: EntityType }>,
  ): PageMention[] {
    const record = this.#blocks.get(blockId);
    if (!record) return [];
    record.mentions = found.map((m) => ({
      ...m,
      block: blockId,
      range: blockRange(record.block, m.start, m.end),
    }));
    return record.mentions;
  }

  /** Drops a block; returns the mentions it held so their highlights can go too. */
  removeBlock(blockId: number): PageMention[] {
    const record = this.#blocks.get(blockId);
    if (!record) return [];
    this.#blocks.delete(blockId);
    const ids = this.#byElement.get(record.block.element);
    ids?.delete(blockId);
    if (ids?.size === 0) this.#byElement.delete(record.block.element);
    return record.mentions;
  }

  elementOf(blockId: number): Element | undefined {
    return this.#blocks.get(blockId)?.block.element;
  }

  blocksOf(element: Element): number[] {
    return [...(this.#byElement.get(element) ?? [])];
  }

  /** Blocks of `root` and of every element inside it (the cost of the subtree, not of the page). */
  blocksWithin(root: Element): number[] {
    const ids = this.blocksOf(root);
    if (this.#byElement.size === 0) return ids;
    for (const el of root.querySelectorAll('*')) {
      const own = this.#byElement.get(el);
      if (own) ids.push(...own);
    }
    return ids;
  }

  /** Blocks whose element has left the document. */
  detachedBlocks(): number[] {
    const gone: number[] = [];
    for (const [element, ids] of this.#byElement) if (!element.isConnected) gone.push(...ids);
    return gone;
  }

  /** The mention under a caret position, by binary search over the block's sorted mentions. */
  mentionAt(node: Node, offset: number): PageMention | undefined {
    const slot = node.nodeType === Node.TEXT_NODE ? this.#nodeSlot.get(node as Text) : undefined;
    if (!slot) return undefined;
    const record = this.#blocks.get(slot.block);
    if (!record) return undefined;
    const at = record.block.starts[slot.index]! + offset;
    const { mentions } = record;
    let lo = 0;
    let hi = mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = mentions[mid]!;
      if (at < m.start) hi = mid - 1;
      else if (at >= m.end) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  /** Every mention, in document order. */
  mentions(): PageMention[] {
    const all: PageMention[] = [];
    for (const record of this.#blocks.values()) all.push(...record.mentions);
    return all.sort((a, b) => compareRanges(a.range, b.range));
  }

  clear(): void {
    this.#blocks.clear();
    this.#byElement.clear();
  }
}
