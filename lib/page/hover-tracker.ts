import { caretAt, rangeContainsPoint } from './caret.ts';
import type { PageIndex, PageMention } from './page-index.ts';

export type ModifierKey = 'none' | 'alt' | 'ctrl' | 'shift';

export interface HoverCallbacks {
  /** The pointer rested on a mention for the hover delay. */
  open(mention: PageMention): void;
  /** The pointer reached a mention: the card may be fetched during the hover delay. */
  prefetch?(mention: PageMention): void;
  /** The pointer left the mention (the card decides whether to stay). */
  leave(): void;
}

const modifierHeld = (e: PointerEvent, key: ModifierKey): boolean =>
  key === 'none' ||
  (key === 'alt' && e.altKey) ||
  (key === 'ctrl' && e.ctrlKey) ||
  (key === 'shift' && e.shiftKey);

/**
 * Finds the mention under the pointer: caret position → text offset → binary search, and opens it after
 * the hover delay. No listener on the page's elements, only on the window. A move is looked up at once
 * when none was this frame (the card should not wait a frame for it), later ones once per frame.
 */
export class HoverTracker {
  #hovered: PageMention | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #frame = 0;
  /** The latest move of this frame, looked up when the frame ends. */
  #pending: PointerEvent | null = null;

  constructor(
    private readonly win: Window,
    private readonly index: PageIndex,
    private readonly shadowRoots: () => ShadowRoot[],
    private readonly callbacks: HoverCallbacks,
    public settings: { delayMs: number; modifier: ModifierKey },
  ) {}

  readonly onPointerMove = (event: PointerEvent): void => {
    if (this.#frame) {
      this.#pending = event;
      return;
    }
    this.#update(event);
    this.#frame = this.win.requestAnimationFrame(this.#endOfFrame);
  };

  readonly #endOfFrame = (): void => {
    const event = this.#pending;
    this.#pending = null;
    if (!event) {
      this.#frame = 0;
      return;
    }
    this.#update(event);
    this.#frame = this.win.requestAnimationFrame(this.#endOfFrame);
  };

  #update(event: PointerEvent): void {
    const mention = this.mentionAtPoint(event.clientX, event.clientY);
    const active = mention && modifierHeld(event, this.settings.modifier) ? mention : null;
    if (active === this.#hovered) return;
    clearTimeout(this.#timer);
    const wasHovering = this.#hovered !== null;
    this.#hovered = active;
    if (active) {
      this.callbacks.prefetch?.(active);
      // Without a delay, open now: a timer would wait for the frame's rendering of a large page (~15 ms).
      if (this.settings.delayMs <= 0) this.callbacks.open(active);
      else this.#timer = setTimeout(() => this.callbacks.open(active), this.settings.delayMs);
    } else if (wasHovering) this.callbacks.leave();
  }

  mentionAtPoint(x: number, y: number): PageMention | null {
    const caret = caretAt(this.win.document, x, y, this.shadowRoots());
    if (!caret) return null;
    // Over the last letter's far half the caret lands after the mention: look one position back too.
    const mention =
      this.index.mentionAt(caret.node, caret.offset) ??
      (caret.offset > 0 ? this.index.mentionAt(caret.node, caret.offset - 1) : undefined);
    return mention && rangeContainsPoint(mention.range, x, y) ? mention : null;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    if (this.#frame) this.win.cancelAnimationFrame(this.#frame);
  }
}
