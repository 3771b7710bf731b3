/**
 * Orders two ranges as a reader meets them. `compareBoundaryPoints` throws (WrongDocumentError) when
 * the ranges live in different trees, such as the page and a widget's shadow root; a shadow tree sits
 * where its host does.
 */
export function compareRanges(a: Range, b: Range): number {
  const rootA = a.startContainer.getRootNode();
  if (rootA === b.startContainer.getRootNode()) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const x = inDocument(a.startContainer);
  const y = inDocument(b.startContainer);
  if (x === y) return 0;
  const position = x.compareDocumentPosition(y);
  if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
  if (position & Node.DOCUMENT_POSITION_CONTAINS) return 1;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The node itself, or the outermost shadow host it is inside of. */
function inDocument(node: Node): Node {
  let n = node;
  for (let root = n.getRootNode(); root instanceof ShadowRoot; root = n.getRootNode()) n = root.host;
  return n;
}
