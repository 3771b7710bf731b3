import { isBlock, isSkipped, mayBeStyledAway } from './block-elements.ts';

/** A run of text the reader sees as one piece (a paragraph, a heading, a cell), with its text nodes. */
export interface Block {
  id: number;
  element: Element;
  text: string;
  nodes: Text[];
  /** starts[i] is where nodes[i] begins in text. */
  starts: number[];
}

export interface WalkOptions {
  nextId: () => number;
  isVisible: (el: Element) => boolean;
  /**
   * An element passed over because it is not rendered (display: none), a block or inline text (a collapsed
   * "read more", a span shown only on phones): a later class or style may show it.
   */
  onHidden?: (el: Element) => void;
  /** Walk into nested block elements (a whole subtree) or stop at them (one block's own text). */
  descend: boolean;
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Rendered: not display: none, itself or by an ancestor (a closed menu, a collapsed "read more"). */
export const isRendered = (el: Element): boolean => el.checkVisibility?.() ?? true;

// A block with no Arabic letter cannot hold a mention: it is never sent to the background.
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

const BLANK_LINE = /\n[^\S\n]*\r?\n|\r[^\S\r\n]*\r/;

/** Whether an element shows its text's line breaks (pre, pre-wrap, pre-line, break-spaces). */
function keepsLineBreaks(el: Element): boolean {
  if (el.closest('pre, textarea')) return true;
  const whiteSpace = el.ownerDocument.defaultView?.getComputedStyle(el).whiteSpace ?? '';
  return whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
}

/**
 * Collects the blocks under a root in document order. Resumable: step() works until a deadline so a long
 * page is read in slices and no task blocks the page.
 */
export class BlockWalker {
  readonly #walker: TreeWalker;
  readonly #root: Node;
  readonly #options: WalkOptions;
  readonly #blockOf = new WeakMap<Element, Element | null>();
  #current: { element: Element; nodes: Text[]; starts: number[]; parts: string[]; length: number } | null =
    null;
  #boundary = false;

  constructor(root: Node, options: WalkOptions) {
    this.#root = root;
    this.#options = options;
    const doc = root.ownerDocument ?? (root as Document);
    this.#walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => this.#accept(node),
    });
  }

  /** Walks until `deadline` (performance.now() time); pushes finished blocks; returns true when done. */
  step(deadline: number, out: Block[]): boolean {
    let count = 0;
    for (let node = this.#walker.nextNode(); node; node = this.#walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) this.#addText(node as Text, out);
      else if ((node as Element).tagName === 'BR') this.#boundary = true;
      // performance.now() is not free: look at the clock every 64 nodes.
      if ((++count & 63) === 0 && performance.now() > deadline) return false;
    }
    this.#finish(out);
    return true;
  }

  #accept(node: Node): number {
    if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
    const el = node as Element;
    if (isSkipped(el)) return NodeFilter.FILTER_REJECT;
    if (el.shadowRoot) this.#options.onShadowRoot?.(el.shadowRoot);
    if (el === this.#root) return NodeFilter.FILTER_ACCEPT;
    if (isBlock(el)) {
      this.#boundary = true;
      if (!this.#options.descend) return NodeFilter.FILTER_REJECT;
    } else if (!mayBeStyledAway(el)) return NodeFilter.FILTER_ACCEPT;
    if (!this.#options.isVisible(el)) {
      this.#options.onHidden?.(el);
      return NodeFilter.FILTER_REJECT;
    }
    return NodeFilter.FILTER_ACCEPT;
  }

  #addText(node: Text, out: Block[]): void {
    const data = node.data;
    if (data.length === 0) return;
    const element = this.#blockElement(node);
    if (!element) return;
    let current = this.#current;
    if (!current || current.element !== element || this.#boundary) {
      this.#finish(out);
      current = { element, nodes: [], starts: [], parts: [], length: 0 };
      this.#current = current;
      this.#boundary = false;
    }
    current.nodes.push(node);
    current.starts.push(current.length);
    current.parts.push(data);
    current.length += data.length;
  }

  #finish(out: Block[]): void {
    const current = this.#current;
    this.#current = null;
    if (!current) return;
    const joined = current.parts.join('');
    if (!ARABIC.test(joined)) return;
    // A blank line in the HTML source is one space on screen: read as written it would end a name the way
    // a paragraph break does. Breaks become spaces unit for unit, so offsets stay those of the nodes.
    const text =
      BLANK_LINE.test(joined) && !keepsLineBreaks(current.element) ? joined.replace(/[\r\n]/g, ' ') : joined;
    out.push({
      id: this.#options.nextId(),
      element: current.element,
      text,
      nodes: current.nodes,
      starts: current.starts,
    });
  }

  /** The nearest block ancestor of a text node (a shadow root's host where the shadow tree has none). */
  #blockElement(node: Text): Element | null {
    const parent = node.parentElement;
    if (!parent) {
      const host = (node.parentNode as ShadowRoot | null)?.host;
      return host ?? null;
    }
    return this.#resolve(parent);
  }

  #resolve(el: Element): Element | null {
    const cached = this.#blockOf.get(el);
    if (cached !== undefined) return cached;
    let result: Element | null;
    if (isBlock(el) || el === this.#root) result = el;
    else if (el.parentElement) result = this.#resolve(el.parentElement);
    else result = (el.parentNode as ShadowRoot | null)?.host ?? el;
    this.#blockOf.set(el, result);
    return result;
  }
}
