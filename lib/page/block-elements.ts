/** Elements whose text is a block of its own: a name never runs across their edges. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Subtrees whose text is not prose the reader sees (or is theirs to edit). */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'CODE',
  'KBD',
  'SAMP',
]);

/** The attribute that marks Siyaq's own UI in a page (the hover card host). */
export const OWN_UI_ATTRIBUTE = 'data-siyaq-card';

export const isBlock = (el: Element): boolean => BLOCK_TAGS.has(el.tagName);

/**
 * Whether an inline element could be hidden by the page's styles: only a class or a style attribute
 * makes that likely, and asking the others would cost a style lookup each on a long page.
 */
export const mayBeStyledAway = (el: Element): boolean => el.hasAttribute('class') || el.hasAttribute('style');

/** The block whose own text an inline element's text is part of: its nearest block, else its shadow root. */
export function owningBlock(el: Element): Element | ShadowRoot {
  for (let at = el.parentElement; at; at = at.parentElement) if (isBlock(at)) return at;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root : el.ownerDocument.documentElement;
}

/** Whether an element's subtree is left alone: not prose, editable, hidden, or Siyaq's own UI. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
