import { isBlock, isSkipped, OWN_UI_ATTRIBUTE } from './block-elements.ts';

/**
 * Turns mutation records into the least work that keeps the page's mentions true: blocks whose own text
 * changed are read again (without their nested blocks), added subtrees are read whole, and removals are
 * noted so detached blocks can be dropped. Appending a paragraph costs that paragraph, not the page.
 */
export class DirtyBlocks {
  /** A block element, or a shadow root whose top-level text belongs to its host (as the walker reads it). */
  #owners = new Set<Element | ShadowRoot>();
  #subtrees = new Set<Element>();
  /** Elements that went out of view (hidden, a <details> closed): their blocks are dropped. */
  #hidden = new Set<Element>();
  #removals = false;
  /** A class or style changed somewhere: text the page read passed over as not rendered may show now. */
  #restyled = false;

  collect(records: Iterable<MutationRecord>): void {
    const leftAlone = new Map<Element, boolean>();
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.attributeName === 'class' || record.attributeName === 'style') {
          // An animated page sends a record per frame: once one counts, the rest need no ancestor walk.
          if (!this.#restyled && !isOwnUi(record.target)) this.#restyled = true;
        } else this.#shownOrHidden(record.target as Element, leftAlone);
        continue;
      }
      if (isLeftAlone(record.target, leftAlone)) continue;
      if (record.type === 'characterData') {
        this.#addOwner(record.target.parentNode);
        continue;
      }
      // Siyaq's card moving into a modal dialog and back (card-host.ts) changes no text of the page.
      if (onlyOwnUi(record.addedNodes) && onlyOwnUi(record.removedNodes)) continue;
      if (record.removedNodes.length > 0) this.#removals = true;
      const parent = record.target;
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && isBlock(node as Element)) {
          if (!isSkipped(node as Element)) this.#subtrees.add(node as Element);
        } else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) {
          this.#addOwner(parent);
          if (node.nodeType === Node.ELEMENT_NODE) this.#addNestedBlocks(node as Element);
        }
      }
      if (record.removedNodes.length > 0 && record.addedNodes.length === 0) this.#addOwner(parent);
    }
  }

  /**
   * `hidden`, `aria-hidden` or a <details>' `open` changed: text came into view (read it) or left it
   * (forget it). A hidden subtree is still taken as a subtree: reading it again finds nothing, and the old
   * blocks inside it are dropped first.
   */
  #shownOrHidden(el: Element, leftAlone: Map<Element, boolean>): void {
    if (isOwnUi(el)) return;
    if (isLeftAlone(el, leftAlone)) this.#hidden.add(el);
    else if (isBlock(el)) this.#subtrees.add(el);
    else {
      this.#addOwner(el);
      this.#addNestedBlocks(el);
    }
  }

  /** Anything to read or drop; a restyle counts only when some block waits to be shown. */
  hasWork(restyleMatters: boolean): boolean {
    return (
      this.#owners.size > 0 ||
      this.#subtrees.size > 0 ||
      this.#hidden.size > 0 ||
      this.#removals ||
      (this.#restyled && restyleMatters)
    );
  }

  take(): {
    owners: Array<Element | ShadowRoot>;
    subtrees: Element[];
    hidden: Element[];
    removals: boolean;
    restyled: boolean;
  } {
    // A subtree read whole already covers any owner or subtree inside it.
    const subtrees = [...this.#subtrees].filter((el) => !hasAncestorIn(el, this.#subtrees));
    const owners = [...this.#owners].filter(
      (owner) =>
        owner instanceof ShadowRoot || (!hasAncestorIn(owner, this.#subtrees) && !this.#subtrees.has(owner)),
    );
    const removals = this.#removals;
    const hidden = [...this.#hidden];
    const restyled = this.#restyled;
    this.#owners = new Set();
    this.#subtrees = new Set();
    this.#hidden = new Set();
    this.#removals = false;
    this.#restyled = false;
    return { owners, subtrees, hidden, removals, restyled };
  }

  #addOwner(node: Node | null): void {
    if (!node || isOwnUi(node)) return;
    if (node instanceof ShadowRoot) {
      this.#owners.add(node);
      return;
    }
    let owner = node as Element;
    while (!isBlock(owner) && owner.parentElement) owner = owner.parentElement;
    // Inline text at the top of a shadow tree belongs to the host's block: read that shadow root again.
    const above = owner.parentNode;
    this.#owners.add(!isBlock(owner) && above instanceof ShadowRoot ? above : owner);
  }

  /** An inline element added with blocks inside (<a><div>…</div></a>): its blocks are read whole. */
  #addNestedBlocks(el: Element): void {
    for (const child of el.children) {
      if (isBlock(child)) this.#subtrees.add(child);
      else this.#addNestedBlocks(child);
    }
  }
}

function hasAncestorIn(el: Element, set: Set<Element>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}

/**
 * Whether a change happened inside a subtree the page read skips (an editor, hidden text, Siyaq's own
 * card): the first read never enters one, so an edit there must not either. Typing in a rich-text editor
 * would otherwise send a scan per keystroke and pop cards over the editor. `memo` caches ancestors over
 * one batch of records.
 */
function isLeftAlone(node: Node, memo: Map<Element, boolean>): boolean {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const path: Element[] = [];
  let answer = false;
  for (let el = start; el; el = el.parentElement) {
    const known = memo.get(el);
    if (known !== undefined) {
      answer = known;
      break;
    }
    path.push(el);
    if (isSkipped(el)) {
      answer = true;
      break;
    }
  }
  for (const el of path) memo.set(el, answer);
  return answer;
}

function onlyOwnUi(nodes: NodeList): boolean {
  for (const node of nodes)
    if (!(node instanceof Element && node.hasAttribute(OWN_UI_ATTRIBUTE))) return false;
  return true;
}

function isOwnUi(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(`[${OWN_UI_ATTRIBUTE}]`) != null;
}
