import { OWN_UI_ATTRIBUTE } from './block-elements.ts';
import { type Placement, positionCard, type Rect } from './position-card.ts';

export interface CardHost {
  host: HTMLElement;
  /** Where the card's UI is rendered, inside the open shadow root. */
  mount: HTMLElement;
  place(anchor: Rect): Placement;
  /**
   * Shows the card above the top layer a mention is in (a modal <dialog>, an open popover, a fullscreen
   * element), or back in the document when it is in none: a card under a lightbox cannot be read.
   * null: the card closed; its host leaves the page's dialog.
   */
  raiseFor(mention: Node | null): void;
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
      // CSS zoom on <html> (a site's text-size control) would scale the card and its top/left, which are
      // measured unzoomed: undo it on the host.
      const zoom =
        (host.parentElement as (Element & { currentCSSZoom?: number }) | null)?.currentCSSZoom ?? 1;
      host.style.zoom = zoom > 0 && zoom !== 1 ? String(1 / zoom) : '';
      host.style.display = 'block';
      mount.style.maxHeight = '';
      const view = doc.defaultView;
      const size = { width: mount.offsetWidth, height: mount.offsetHeight };
      const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
      const placement = positionCard(anchor, size, viewport, dir);
      host.style.top = `${placement.top}px`;
      host.style.left = `${placement.left}px`;
      mount.style.maxHeight = `${placement.maxHeight}px`;
      // A card with nothing to scroll passes the wheel on to the page (it swallowed it under the pointer).
      mount.style.overscrollBehavior = mount.scrollHeight > mount.clientHeight + 1 ? 'contain' : 'auto';
      return placement;
    },
    raiseFor(mention) {
      const layer = mention ? topLayerOf(mention) : null;
      // Outside a modal dialog everything is inert: no pointer, no focus. Inside it the card is not.
      const parent = layer?.matches(':modal') ? layer : doc.documentElement;
      if (host.parentNode !== parent) {
        if (isPopoverOpen(host)) host.hidePopover();
        parent.append(host);
      }
      // Top-layer elements stack in the order they were shown, above every z-index: show the card last.
      // A top-layer element is placed against the viewport, whatever transform the dialog has.
      if (layer && typeof host.showPopover === 'function') {
        host.popover = 'manual';
        if (isPopoverOpen(host)) host.hidePopover();
        host.showPopover();
      } else if (host.popover !== null) {
        if (isPopoverOpen(host)) host.hidePopover();
        host.removeAttribute('popover');
      }
    },
    contains: (node) => node !== null && (host === node || host.contains(node) || root.contains(node)),
    destroy: () => host.remove(),
  };
}

const TOP_LAYER = 'dialog:modal, :popover-open, :fullscreen';

function topLayerOf(node: Node): Element | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  try {
    return el?.closest(TOP_LAYER) ?? null;
  } catch {
    // A browser without one of these pseudo-classes has no such top layer to be under.
    return null;
  }
}

function isPopoverOpen(el: HTMLElement): boolean {
  try {
    return el.matches(':popover-open');
  } catch {
    return false;
  }
}
