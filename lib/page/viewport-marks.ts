import type { Highlighter } from './highlighter.ts';
import type { PageMention } from './page-index.ts';

type ObserverLike = Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;
export type ObserverFactory = (
  callback: IntersectionObserverCallback,
  options: IntersectionObserverInit,
) => ObserverLike;

// Measured on a 1 MB page (npm run bench:page): every change to a registered highlight costs Chromium a
// style and layout pass proportional to the ranges it holds (~200 ms with 8,000 ranges). Registering
// only the mentions near the viewport keeps that cost to the few hundred a reader can see.
const ROOT_MARGIN = '150% 0px';

/**
 * Registers the highlights of the blocks on or near the screen, and only those: blocks are watched with
 * an IntersectionObserver and their ranges added or taken away as the reader scrolls.
 */
export class ViewportMarks {
  readonly #blocks = new Map<number, { element: Element; mentions: PageMention[] }>();
  readonly #byElement = new Map<Element, Set<number>>();
  readonly #visible = new Set<Element>();
  readonly #observer: ObserverLike;

  constructor(
    private readonly highlighter: Highlighter,
    createObserver: ObserverFactory = (callback, options) => new IntersectionObserver(callback, options),
  ) {
    this.#observer = createObserver((entries) => this.#onIntersect(entries), { rootMargin: ROOT_MARGIN });
  }

  add(blockId: number, element: Element, mentions: PageMention[]): void {
    this.remove(blockId);
    if (mentions.length === 0) return;
    this.#blocks.set(blockId, { element, mentions });
    const ids = this.#byElement.get(element);
    if (ids) ids.add(blockId);
    else {
      this.#byElement.set(element, new Set([blockId]));
      this.#observer.observe(element);
    }
    if (this.#visible.has(element)) this.#paint(mentions, true);
  }

  remove(blockId: number): void {
    const block = this.#blocks.get(blockId);
    if (!block) return;
    this.#blocks.delete(blockId);
    if (this.#visible.has(block.element)) this.#paint(block.mentions, false);
    const ids = this.#byElement.get(block.element);
    ids?.delete(blockId);
    if (ids?.size === 0) {
      this.#byElement.delete(block.element);
      this.#visible.delete(block.element);
      this.#observer.unobserve(block.element);
    }
  }

  clear(): void {
    for (const element of this.#byElement.keys()) this.#observer.unobserve(element);
    this.#blocks.clear();
    this.#byElement.clear();
    this.#visible.clear();
    this.highlighter.clear();
  }

  #onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const element = entry.target;
      if (entry.isIntersecting === this.#visible.has(element)) continue;
      if (entry.isIntersecting) this.#visible.add(element);
      else this.#visible.delete(element);
      for (const id of this.#byElement.get(element) ?? []) {
        this.#paint(this.#blocks.get(id)?.mentions ?? [], entry.isIntersecting);
      }
    }
  }

  #paint(mentions: PageMention[], on: boolean): void {
    for (const m of mentions) {
      if (on) this.highlighter.add(m.type, [m.range]);
      else this.highlighter.remove(m.type, m.range);
    }
  }
}
