import { ENTITY_TYPES, type EntityType } from '../knowledge/types.ts';

export type HighlightStyle = 'underline' | 'background';

/** Highlight names; the matching ::highlight() rules live in the content script's injected CSS. */
export const highlightName = (
  type: EntityType | 'focus' | 'flash',
  style: HighlightStyle = 'underline',
): string =>
  style === 'background' && type !== 'focus' && type !== 'flash' ? `siyaq-bg-${type}` : `siyaq-${type}`;

/**
 * One CSS Custom Highlight per entity type: ranges are painted by the browser, the page's DOM is never
 * touched. Where the API is missing (older browsers) marking is skipped and hover still works.
 */
export class Highlighter {
  /** By type; registered under the name for the chosen style. */
  readonly #highlights = new Map<string, Highlight>();
  readonly #names = new Map<string, string>();
  readonly #registry: HighlightRegistry | undefined;

  constructor(
    style: HighlightStyle = 'underline',
    registry: HighlightRegistry | undefined = globalThis.CSS?.highlights,
  ) {
    this.#registry = typeof Highlight === 'undefined' ? undefined : registry;
    if (!this.#registry) return;
    for (const type of [...ENTITY_TYPES, 'focus', 'flash'] as const) {
      const highlight = new Highlight();
      // Focus and flash paint over the type marks.
      if (type === 'focus' || type === 'flash') highlight.priority = 1;
      this.#highlights.set(type, highlight);
      this.#names.set(type, highlightName(type, style));
    }
  }

  get supported(): boolean {
    return this.#registry !== undefined;
  }

  /** Registers the highlights with the page (or takes them away when marks are switched off). */
  show(visible: boolean): void {
    if (!this.#registry) return;
    for (const [type, highlight] of this.#highlights) {
      const name = this.#names.get(type)!;
      if (visible || type === 'focus' || type === 'flash') this.#registry.set(name, highlight);
      else this.#registry.delete(name);
    }
  }

  add(type: EntityType, ranges: Iterable<Range>): void {
    const highlight = this.#highlights.get(type);
    if (highlight) for (const range of ranges) highlight.add(range);
  }

  remove(type: EntityType, range: Range): void {
    this.#highlights.get(type)?.delete(range);
  }

  /** Marks one range as focused (keyboard) or flashed (revealed from the side panel); null clears. */
  mark(kind: 'focus' | 'flash', range: Range | null): void {
    const highlight = this.#highlights.get(kind);
    if (!highlight) return;
    highlight.clear();
    if (range) highlight.add(range);
  }

  clear(): void {
    for (const highlight of this.#highlights.values()) highlight.clear();
  }
}
