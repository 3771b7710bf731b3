import { useEffect, useRef } from 'preact/hooks';

/**
 * Keeps the side panel's keyboard and scroll where the reader is as it swaps the list for a card and back:
 * the list's row leaves the screen with focus on it, which would otherwise fall to <body>, and the shorter
 * card scrolls the document back to the top.
 */
export function usePanelFocus(selected: string | undefined) {
  const root = useRef<HTMLElement>(null);
  const opener = useRef<{ id: string; scrollTop: number } | null>(null);
  const pending = useRef<'card' | 'row' | null>(null);
  const scroller = () => document.scrollingElement ?? document.documentElement;

  useEffect(() => {
    const el = root.current;
    if (!el || pending.current !== 'card' || !selected) return;
    const focusHeading = (): boolean => {
      const heading = el.querySelector<HTMLElement>('.detail .siyaq-card-name');
      if (!heading) return false;
      pending.current = null;
      // Focusable by script only: a heading is not a stop on the Tab key's way.
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    // The card shows once its own live query has read the entity, without a render of the panel.
    const watch = new MutationObserver(() => focusHeading() && watch.disconnect());
    watch.observe(el, { childList: true, subtree: true });
    return () => watch.disconnect();
  });

  useEffect(() => {
    const el = root.current;
    if (!el || pending.current !== 'row' || selected) return;
    pending.current = null;
    const from = opener.current;
    opener.current = null;
    if (from) scroller().scrollTop = from.scrollTop;
    const row = from && el.querySelector<HTMLElement>(`[data-entity="${CSS.escape(from.id)}"] > .entity-row`);
    (row ?? el.querySelector<HTMLElement>('input[type="search"]'))?.focus({ preventScroll: true });
  });

  return {
    root,
    /** Called as an entity is chosen from the list: its row and the list's scroll are kept for the way back. */
    open(id: string) {
      opener.current = { id, scrollTop: scroller().scrollTop };
      pending.current = 'card';
    },
    back() {
      pending.current = 'row';
    },
  };
}
