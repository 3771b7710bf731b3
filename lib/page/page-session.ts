import type { EntitySummary, MentionDTO } from '../messages.ts';
import { isBlock, owningBlock } from './block-elements.ts';
import { type Block, BlockWalker, isRendered } from './block-walker.ts';
import { DirtyBlocks } from './dirty-blocks.ts';
import { PageIndex, type PageMention } from './page-index.ts';
import type { ViewportMarks } from './viewport-marks.ts';
import { deadline, yieldToPage } from './yield.ts';

/**
 * How long after a class or style change the blocks passed over as not rendered are looked at again:
 * a "read more" click is read within this, and a carousel restyling every frame costs one look per period.
 */
const RESTYLE_CHECK_MS = 150;

/** How the page talks to the matcher in the background. */
export interface ScanPort {
  scan(
    blocks: Array<{ id: number; text: string }>,
    reset: boolean,
  ): Promise<{
    mentions: MentionDTO[];
    entities: EntitySummary[];
  }>;
  forget(blockIds: number[]): void;
}

/**
 * One page's life: read its blocks in slices, ask the background for mentions, register highlights, and
 * keep all of it true while the page changes (added, edited and removed text; single-page navigation).
 */
export class PageSession {
  readonly index = new PageIndex();
  readonly entities = new Map<string, EntitySummary>();
  readonly #doc: Document;
  readonly #port: ScanPort;
  readonly #marks: ViewportMarks;
  readonly #dirty = new DirtyBlocks();
  readonly #shadowRoots = new Set<ShadowRoot>();
  /** Blocks the read passed over as not rendered (display: none by a class or style, a closed menu). */
  readonly #unrendered = new Set<Element>();
  #restyleTimer: ReturnType<typeof setTimeout> | undefined;
  #observer: MutationObserver | null = null;
  #nextId = 1;
  #generation = 0;
  #reset = true;
  #queue: Promise<void> = Promise.resolve();
  #flushScheduled = false;

  constructor(doc: Document, port: ScanPort, marks: ViewportMarks) {
    this.#doc = doc;
    this.#port = port;
    this.#marks = marks;
  }

  get shadowRoots(): ShadowRoot[] {
    return [...this.#shadowRoots];
  }

  /** Reads the whole page (again, after a navigation) and starts following its changes. */
  start(): Promise<void> {
    this.#generation++;
    // Changes noticed before now are covered by reading the whole page again.
    this.#observer?.takeRecords();
    this.#dirty.take();
    this.#marks.clear();
    this.index.clear();
    this.entities.clear();
    this.#shadowRoots.clear();
    this.#unrendered.clear();
    this.#cancelRestyleCheck();
    this.#reset = true;
    const body = this.#doc.body;
    if (body) this.#enqueue(() => this.#walk(body, true));
    this.#observe(body);
    return this.#queue;
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#generation++;
    this.#cancelRestyleCheck();
    this.#marks.clear();
  }

  /** Resolves when everything queued so far is read, scanned and highlighted. */
  idle(): Promise<void> {
    return this.#queue;
  }

  #observe(root: Node | null): void {
    if (!root) return;
    this.#observer ??= new MutationObserver((records) => this.#onMutations(records));
    // Attributes that show or hide text. Class and style change all the time on live pages: they only
    // make the blocks passed over as not rendered be looked at again (a "read more", a tab).
    this.#observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['hidden', 'aria-hidden', 'open', 'class', 'style'],
    });
  }

  #onMutations(records: MutationRecord[]): void {
    this.#dirty.collect(records);
    // An animated page restyles every frame: with nothing waiting to be shown, that is no work at all.
    if (this.#flushScheduled || !this.#dirty.hasWork(this.#unrendered.size > 0)) return;
    this.#flushScheduled = true;
    const generation = this.#generation;
    this.#enqueue(async () => {
      this.#flushScheduled = false;
      if (generation === this.#generation) await this.#flush();
    });
  }

  async #flush(): Promise<void> {
    const { owners, subtrees, hidden, removals, restyled } = this.#dirty.take();
    if (removals) {
      this.#drop(this.index.detachedBlocks());
      for (const el of this.#unrendered) if (!el.isConnected) this.#unrendered.delete(el);
    }
    if (restyled) this.#scheduleRestyleCheck();
    for (const el of hidden) this.#drop(this.index.blocksWithin(el));
    for (const owner of owners) {
      const element = owner instanceof ShadowRoot ? owner.host : owner;
      if (!element.isConnected) continue;
      this.#drop(this.index.blocksOf(element));
      await this.#walk(owner, false);
    }
    for (const root of subtrees) {
      if (!root.isConnected) continue;
      // A subtree that moved (a rotating ticker) or that the first read already reached is read afresh:
      // its old blocks would otherwise stay indexed and counted beside the new ones.
      this.#drop(this.index.blocksWithin(root));
      await this.#walk(root, true);
    }
  }

  #scheduleRestyleCheck(): void {
    if (this.#restyleTimer !== undefined || this.#unrendered.size === 0) return;
    const generation = this.#generation;
    this.#restyleTimer = setTimeout(() => {
      this.#restyleTimer = undefined;
      if (generation === this.#generation) this.#enqueue(() => this.#readShown(generation));
    }, RESTYLE_CHECK_MS);
  }

  #cancelRestyleCheck(): void {
    clearTimeout(this.#restyleTimer);
    this.#restyleTimer = undefined;
  }

  /** Reads the blocks passed over as not rendered that a class or style has since shown. */
  async #readShown(generation: number): Promise<void> {
    const shown: Element[] = [];
    for (const el of this.#unrendered) {
      if (!el.isConnected) this.#unrendered.delete(el);
      else if (isRendered(el)) {
        this.#unrendered.delete(el);
        shown.push(el);
      }
    }
    // An inline element shown is part of its block's own text: that block is read again, once.
    const owners = new Set<Element | ShadowRoot>();
    for (const el of shown) {
      if (generation !== this.#generation) return;
      if (!isBlock(el)) owners.add(owningBlock(el));
      else {
        this.#drop(this.index.blocksWithin(el));
        await this.#walk(el, true);
      }
    }
    for (const owner of owners) {
      if (generation !== this.#generation) return;
      this.#drop(this.index.blocksOf(owner instanceof ShadowRoot ? owner.host : owner));
      await this.#walk(owner, false);
    }
  }

  #drop(blockIds: number[]): void {
    if (blockIds.length === 0) return;
    for (const id of blockIds) {
      this.#marks.remove(id);
      this.index.removeBlock(id);
    }
    this.#port.forget(blockIds);
  }

  /** Reads blocks under a root in slices, scanning each slice's blocks as soon as it is read. */
  async #walk(root: Node, descend: boolean): Promise<void> {
    const generation = this.#generation;
    const walker = new BlockWalker(root, {
      nextId: () => this.#nextId++,
      isVisible: isRendered,
      onHidden: (el) => this.#unrendered.add(el),
      descend,
      onShadowRoot: (shadow) => this.#adoptShadowRoot(shadow),
    });
    let done = false;
    while (!done && generation === this.#generation) {
      const blocks: Block[] = [];
      done = walker.step(deadline(), blocks);
      if (blocks.length > 0) await this.#scan(blocks, generation);
      if (!done) await yieldToPage();
    }
  }

  #adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.#shadowRoots.has(shadow)) return;
    this.#shadowRoots.add(shadow);
    this.#enqueue(() => this.#walk(shadow, true));
    this.#observe(shadow);
  }

  async #scan(blocks: Block[], generation: number): Promise<void> {
    for (const block of blocks) this.index.addBlock(block);
    const reset = this.#reset;
    this.#reset = false;
    const result = await this.#port.scan(
      blocks.map(({ id, text }) => ({ id, text })),
      reset,
    );
    if (generation !== this.#generation) return;
    for (const e of result.entities) this.entities.set(e.id, e);
    await this.#apply(result.mentions, generation);
  }

  /** Turns mentions into ranges and highlights, yielding between slices on mention-dense pages. */
  async #apply(mentions: MentionDTO[], generation: number): Promise<void> {
    const byBlock = new Map<number, MentionDTO[]>();
    for (const m of mentions) {
      const list = byBlock.get(m.block) ?? [];
      byBlock.set(m.block, list);
      list.push(m);
    }
    let until = deadline();
    for (const [blockId, list] of byBlock) {
      if (generation !== this.#generation) return;
      const typed = list.map((m) => ({ ...m, type: this.entities.get(m.entity)?.type ?? 'other' }));
      const placed: PageMention[] = this.index.setMentions(blockId, typed);
      const element = this.index.elementOf(blockId);
      if (element) this.#marks.add(blockId, element, placed);
      if (performance.now() > until) {
        await yieldToPage();
        until = deadline();
      }
    }
  }

  #enqueue(task: () => Promise<void>): void {
    this.#queue = this.#queue.then(task).catch((error: unknown) => {
      console.warn('siyaq: reading the page failed', error);
    });
  }
}
