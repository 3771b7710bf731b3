import { Window } from 'happy-dom';
import { BlockWalker, isRendered } from '../../lib/page/block-walker.ts';

/**
 * The visible article text of an HTML page, read block by block as the content script reads it: every
 * <article> not inside another one (a page's story and the teasers beside it), else the body; blocks
 * not rendered (display: none in the page's own styles) left out. Blocks are joined by a blank line,
 * which no name crosses, as the content script scans each block on its own.
 */
export function htmlText(html: string): string {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const doc = window.document as unknown as Document;
  doc.write(html);
  const articles = [...doc.querySelectorAll('article')].filter((a) => !a.parentElement?.closest('article'));
  const roots: Element[] = articles.length > 0 ? articles : doc.body ? [doc.body] : [];
  const blocks: Array<{ text: string }> = [];
  let id = 0;
  // happy-dom exposes Node and NodeFilter on its window, not on Node's global scope.
  Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter });
  for (const root of roots) {
    if (!isRendered(root)) continue;
    new BlockWalker(root, { nextId: () => id++, isVisible: isRendered, descend: true }).step(
      Infinity,
      blocks as never,
    );
  }
  window.close();
  return blocks.map((b) => b.text).join('\n\n');
}
