import type { CardController } from './card-controller.ts';
import { compareRanges } from './document-order.ts';
import type { Highlighter } from './highlighter.ts';
import type { PageIndex, PageMention } from './page-index.ts';

const FLASH_MS = 1600;

/** Moves through the page's mentions from the keyboard, and reveals one asked for by the side panel. */
export class MentionNavigator {
  #focused: PageMention | null = null;
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly index: PageIndex,
    private readonly highlighter: Highlighter,
    private readonly cards: CardController,
  ) {}

  /** The next mention after the focused one (wrapping round), focused, scrolled to and opened. */
  next(): boolean {
    const all = this.index.mentions();
    if (all.length === 0) return false;
    const current = this.#focused;
    const at = current ? all.findIndex((m) => compareRanges(m.range, current.range) > 0) : 0;
    const mention = all[Math.max(at, 0)]!;
    this.#focus(mention);
    void this.cards.open(mention.entity, mention.range, true);
    return true;
  }

  /** Opens the focused mention's card again (Enter after Escape). */
  openFocused(): boolean {
    if (!this.#focused || this.cards.isOpen) return false;
    void this.cards.open(this.#focused.entity, this.#focused.range, true);
    return true;
  }

  /** Scrolls to the index-th mention of an entity and flashes it. */
  reveal(entity: string, index: number): boolean {
    const mentions = this.index.mentions().filter((m) => m.entity === entity);
    const mention = mentions[Math.min(index, mentions.length - 1)];
    if (!mention) return false;
    scrollTo(mention.range);
    clearTimeout(this.#flashTimer);
    this.highlighter.mark('flash', mention.range);
    this.#flashTimer = setTimeout(() => this.highlighter.mark('flash', null), FLASH_MS);
    return true;
  }

  clear(): void {
    this.#focused = null;
    this.highlighter.mark('focus', null);
  }

  #focus(mention: PageMention): void {
    this.#focused = mention;
    this.highlighter.mark('focus', mention.range);
    scrollTo(mention.range);
  }
}

/** Brings the mention itself to the middle of the window: its element first (inner scrollers), then the
 * window by the mention's own box (a tall element's centre can leave the mention off screen). */
function scrollTo(range: Range): void {
  const node = range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  el?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  const view = node.ownerDocument?.defaultView;
  const rect = range.getBoundingClientRect();
  if (!view || (rect.width === 0 && rect.height === 0)) return;
  view.scrollBy({ top: rect.top + rect.height / 2 - view.innerHeight / 2, behavior: 'instant' });
}
