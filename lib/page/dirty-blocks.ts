import { isBlock, isSkipped, OWN_UI_ATTRIBUTE } from './block-elements.ts';

/**
 * Turns mutation records into the least work that keeps the page's mentions true: blocks whose own text
 * changed are read again (without their nested blocks), added subtrees are read whole, and removals are
 * noted so detached blocks can be dropped. Appending a paragraph costs that paragraph, not the page.
 */
export class DirtyBlocks {
  #owners = new Set<Element>();
  #subtrees = new Set<Element>();
  #removals = false;

  collect(records: Iterable<MutationRecord>): void {
    for (const record of records) {
      if (isOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        this.#addOwner(record.target.parentElement);
        continue;
      }
      if (record.removedNodes.length > 0) this.#removals = true;
      const parent = record.target as Element;
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

  take(): { owners: Element[]; subtrees: Element[]; removals: boolean } {
    // A subtree read whole already covers any owner or subtree inside it.
    const subtrees = [...this.#subtrees].filter((el) => !hasAncestorIn(el, this.#subtrees));
    const owners = [...this.#owners].filter(
      (el) => !hasAncestorIn(el, this.#subtrees) && !this.#subtrees.has(el),
    );
    const removals = this.#removals;
    this.#owners = new Set();
    this.#subtrees = new Set();
    this.#removals = false;
    return { owners, subtrees, removals };
  }

  #addOwner(el: Element | null): void {
    let owner = el;
    while (owner && !isBlock(owner) && owner.parentElement) owner = owner.parentElement;
    if (owner && !isOwnUi(owner)) this.#owners.add(owner);
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

function isOwnUi(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(`[${OWN_UI_ATTRIBUTE}]`) != null;
}
