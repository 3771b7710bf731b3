/**
 * Whether a mention's box lies outside a box that clips it: a scrolled news ticker or live-blog column
 * (overflow other than visible). The window is left out: the card controller measures it on its own.
 */
export function clippedAway(
  node: Node,
  rect: { top: number; left: number; right: number; bottom: number },
): boolean {
  const doc = node.ownerDocument;
  if (!doc) return false;
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el) {
    if (el !== doc.body && el !== doc.documentElement) {
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const box = el.getBoundingClientRect();
        if (
          rect.bottom <= box.top ||
          rect.top >= box.bottom ||
          rect.right <= box.left ||
          rect.left >= box.right
        )
          return true;
      }
    }
    // Up through shadow roots too: a widget's scroller lives inside its host.
    const parent: Node | null = el.parentNode;
    el = parent instanceof Element ? parent : parent instanceof ShadowRoot ? parent.host : null;
  }
  return false;
}
