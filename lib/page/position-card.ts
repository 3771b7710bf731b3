export interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** The card scrolls inside this height, so a tall card still never covers the mention. */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;
const MIN_HEIGHT = 120;

/**
 * Where the card goes: below the line of the mention, or above when it does not fit below, never over
 * the mention itself; aligned with the mention's start edge (right in RTL) and kept inside the viewport.
 */
export function positionCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'rtl' | 'ltr',
): Placement {
  const spaceBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const height = Math.min(card.height, Math.max(side === 'below' ? spaceBelow : spaceAbove, MIN_HEIGHT));
  let top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  // A pinned card whose mention scrolled away stays on screen, at the edge the mention left by.
  if (anchor.bottom < 0 || anchor.top > viewport.height)
    top = Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - height));
  const preferred = dir === 'rtl' ? anchor.right - card.width : anchor.left;
  const maxLeft = viewport.width - card.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(preferred, maxLeft));
  const maxHeight = Math.max(side === 'below' ? spaceBelow : spaceAbove, MIN_HEIGHT);
  return { top: Math.round(top), left: Math.round(left), side, maxHeight: Math.floor(maxHeight) };
}
