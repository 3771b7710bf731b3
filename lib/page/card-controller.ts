import type { CardView } from '../knowledge/card.ts';
import { type CardHost, createCardHost } from './card-host.ts';
import { clippedAway } from './clipped.ts';

export interface CardActions {
  close(): void;
  togglePin(): void;
  openRelated(id: string): void;
  showInPanel(id: string): void;
  edit(id: string): void;
}

export interface CardRenderer {
  render(mount: HTMLElement, card: CardView, pinned: boolean, actions: CardActions): void;
  unmount(mount: HTMLElement): void;
}

export interface CardDeps {
  fetchCard(id: string): Promise<CardView | null>;
  renderer: CardRenderer;
  css: string;
  dir: 'rtl' | 'ltr';
  showInPanel(id: string): void;
  edit(id: string): void;
}

// Long enough to cross the gap between a mention and its card without it closing.
const GRACE_MS = 300;
/** When to ask again for a card whose summary the background is fetching (its timeout is 4 s). */
const REFRESH_MS = [1_500, 4_500];

/** The hover card's life: open next to a mention, stay while used or pinned, close on Escape or leave. */
export class CardController {
  #host: CardHost | null = null;
  #anchor: Range | null = null;
  #card: CardView | null = null;
  #pinned = false;
  #insideCard = false;
  #grace: ReturnType<typeof setTimeout> | undefined;
  #returnFocus: Element | null = null;
  #request = 0;
  #prefetched: { id: string; card: Promise<CardView | null> } | null = null;
  #refresh: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly deps: CardDeps,
  ) {}

  get isOpen(): boolean {
    return this.#card !== null;
  }

  get entityId(): string | undefined {
    return this.#card?.id;
  }

  /** Opens (or replaces) the card for an entity next to a range; `focus` moves keyboard focus into it. */
  async open(entityId: string, anchor: Range, focus = false): Promise<void> {
    if (this.#pinned && this.#card && this.#card.id !== entityId && !focus) return;
    clearTimeout(this.#grace);
    const request = ++this.#request;
    const card = await this.#fetch(entityId);
    if (!card || request !== this.#request) return;
    // Where focus goes back to on close: the page element focused before the first card of this visit
    // (opening a related entity's card from inside the card must not replace it with the card).
    if (focus && !this.contains(this.doc.activeElement)) this.#returnFocus = this.doc.activeElement;
    this.#anchor = anchor;
    this.#card = card;
    this.#render();
    if (focus) this.#host?.mount.querySelector<HTMLElement>('button, a[href]')?.focus();
    this.#refreshLater(card, 0);
  }

  /** An open card whose summary is on its way is shown again with it, without another hover. */
  #refreshLater(card: CardView, attempt: number): void {
    clearTimeout(this.#refresh);
    if (!card.summaryPending || attempt >= REFRESH_MS.length) return;
    this.#refresh = setTimeout(async () => {
      const request = this.#request;
      const fresh = await this.deps.fetchCard(card.id);
      if (!fresh || request !== this.#request || this.#card?.id !== card.id) return;
      this.#card = fresh;
      this.#render();
      this.#refreshLater(fresh, attempt + 1);
    }, REFRESH_MS[attempt]);
  }

  /** Starts fetching a card while the hover delay runs, so it opens without waiting for the background. */
  prefetch(entityId: string): void {
    if (this.#prefetched?.id !== entityId)
      this.#prefetched = { id: entityId, card: this.deps.fetchCard(entityId) };
  }

  #fetch(entityId: string): Promise<CardView | null> {
    const prefetched = this.#prefetched;
    this.#prefetched = null;
    return prefetched?.id === entityId ? prefetched.card : this.deps.fetchCard(entityId);
  }

  /** The pointer left the mention: close after a grace period unless the pointer went into the card. */
  leave(): void {
    clearTimeout(this.#grace);
    this.#grace = setTimeout(() => {
      if (!this.#insideCard && !this.#pinned) this.close();
    }, GRACE_MS);
  }

  close(): void {
    // Only when the reader was in the card: a card closed by scrolling must not pull focus (and the page)
    // back to where it was opened. Asked before the card's content goes, which takes focus with it.
    const wasInCard = this.contains(this.doc.activeElement);
    clearTimeout(this.#grace);
    clearTimeout(this.#refresh);
    this.#request++;
    this.#card = null;
    this.#anchor = null;
    this.#pinned = false;
    if (this.#host) {
      this.deps.renderer.unmount(this.#host.mount);
      this.#host.host.style.display = 'none';
      this.#host.raiseFor(null);
    }
    if (wasInCard && this.#returnFocus instanceof HTMLElement)
      this.#returnFocus.focus({ preventScroll: true });
    this.#returnFocus = null;
  }

  /** Keeps the card beside its mention while the page scrolls; an unpinned card whose mention left goes. */
  reposition(): void {
    if (!this.#host || !this.#anchor) return;
    const rect = this.#anchor.getBoundingClientRect();
    const view = this.doc.defaultView;
    const visible =
      rect.bottom > 0 &&
      rect.top < (view?.innerHeight ?? 0) &&
      !clippedAway(this.#anchor.commonAncestorContainer, rect);
    if (!visible && !this.#pinned) this.close();
    else this.#host.place(rect);
  }

  onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.isOpen) {
      // The card only: not the page's handlers, nor the modal dialog it may sit in (its default action).
      event.stopPropagation();
      event.preventDefault();
      this.close();
    }
  };

  contains(node: Node | null): boolean {
    return this.#host?.contains(node) ?? false;
  }

  destroy(): void {
    this.close();
    this.#host?.destroy();
    this.#host = null;
  }

  #render(): void {
    const card = this.#card;
    const anchor = this.#anchor;
    if (!card || !anchor) return;
    this.#host ??= this.#createHost();
    const host = this.#host;
    this.deps.renderer.render(host.mount, card, this.#pinned, {
      close: () => this.close(),
      togglePin: () => {
        this.#pinned = !this.#pinned;
        this.#render();
      },
      openRelated: (id) => void this.open(id, anchor, true),
      showInPanel: (id) => this.deps.showInPanel(id),
      edit: (id) => this.deps.edit(id),
    });
    host.raiseFor(anchor.startContainer);
    host.place(anchor.getBoundingClientRect());
  }

  #createHost(): CardHost {
    const host = createCardHost(this.doc, this.deps.css, this.deps.dir);
    host.host.addEventListener('pointerenter', () => {
      this.#insideCard = true;
      clearTimeout(this.#grace);
    });
    host.host.addEventListener('pointerleave', () => {
      this.#insideCard = false;
      this.leave();
    });
    return host;
  }
}
