import { OWN_UI_ATTRIBUTE } from './block-elements.ts';
import { type Placement, positionCard, type Rect } from './position-card.ts';

export interface CardHost {
  host: HTMLElement;
  /** Where the card's UI is rendered, inside the open shadow root. */
  mount: HTMLElement;
  place(anchor: Rect): Placement;
  contains(node: Node | null): boolean;
  destroy(): void;
}

/**
 * The card's home in a page: one element outside <body> (so the page's own markup is left as it was) with
 * an open shadow root, so neither the page's CSS nor Siyaq's leak across.
 */
export function createCardHost(doc: Document, css: string, dir: 'rtl' | 'ltr'): CardHost {
  const host = doc.createElement('siyaq-card');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; display: none;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  mount.className = 'siyaq-card-frame';
  mount.dir = dir;
  mount.lang = dir === 'rtl' ? 'ar' : 'en';
  root.append(style, mount);
  doc.documentElement.append(host);

  return {
    host,
    mount,
    place(anchor) {
      host.style.display = 'block';
      mount.style.maxHeight = '';
      const view = doc.defaultView;
      const size = { width: mount.offsetWidth, height: mount.offsetHeight };
      const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
      const placement = positionCard(anchor, size, viewport, dir);
      host.style.top = `${placement.top}px`;
      host.style.left = `${placement.left}px`;
      mount.style.maxHeight = `${placement.maxHeight}px`;
      return placement;
    },
    contains: (node) => node !== null && (host === node || host.contains(node) || root.contains(node)),
    destroy: () => host.remove(),
  };
}
