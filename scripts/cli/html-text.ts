import { Window } from 'happy-dom';
import { BlockWalker } from '../../lib/page/block-walker.ts';

/**
 * The visible article text of an HTML page, read block by block exactly as the content script reads it
 * (the <article> when there is one, else the body), blocks joined by newlines.
 */
export function htmlText(html: string): string {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const doc = window.document as unknown as Document;
  doc.write(html);
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return '';
  const blocks: Array<{ text: string }> = [];
  let id = 0;
  // happy-dom exposes Node and NodeFilter on its window, not on Node's global scope.
  Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter });
  new BlockWalker(root, { nextId: () => id++, isVisible: () => true, descend: true }).step(
    Infinity,
    blocks as never,
  );
  window.close();
  return blocks.map((b) => b.text).join('\n');
}
