interface CaretPositionLike {
  offsetNode: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => CaretPositionLike | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a point, looking into the given open shadow roots where the browser can. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Whether a point lies on one of a range's line boxes (the caret snaps to text from the margins too). */
export function rangeContainsPoint(range: Range, x: number, y: number, slop = 1): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}
