import * as v from 'valibot';
import { ENTITY_TYPES } from '../knowledge/types.ts';
import type { TabReports, TabSnapshot } from './tab-reports.ts';

/** The part of `storage.session` the mirror uses (a fake in tests). */
export interface SessionArea {
  get(keys?: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'tab:';
/**
 * At most one write a second: a long page reports dozens of scans while it is read, and each write
 * serialises the tab's whole report (thousands of mentions) on the thread that answers hovers. The worker
 * lives 30 s after its last event, so a second's delay loses nothing.
 */
const FLUSH_DELAY_MS = 1_000;

const SnapshotSchema = v.object({
  url: v.string(),
  status: v.picklist(['loading', 'ready', 'not-arabic', 'disabled', 'unavailable']),
  blocks: v.array(
    v.tuple([
      v.string(),
      v.array(v.object({ block: v.number(), start: v.number(), end: v.number(), entity: v.string() })),
    ]),
  ),
  entities: v.array(
    v.object({ id: v.string(), type: v.picklist(ENTITY_TYPES), name_ar: v.string(), name_en: v.string() }),
  ),
  order: v.array(v.tuple([v.string(), v.number()])),
});

/**
 * Keeps each tab's report in `storage.session`. Chrome stops an idle MV3 service worker after about 30
 * seconds, and the reports lived only in its memory: a popup opened on a page read a minute earlier said
 * Siyaq could not run there. The session area outlives the worker, is cleared when the browser closes,
 * and is not readable by content scripts (its default access level).
 */
export class SessionMirror {
  readonly #dirty = new Set<number>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly area: SessionArea,
    private readonly reports: TabReports,
  ) {}

  /** Puts the stored reports back; a tab that already reported since the start keeps its own. */
  async restore(): Promise<void> {
    let items: Record<string, unknown>;
    try {
      items = await this.area.get(null);
    } catch (error) {
      console.warn('siyaq: session reports not readable', error);
      return;
    }
    for (const [key, value] of Object.entries(items)) {
      const tabId = Number(key.slice(PREFIX.length));
      if (!key.startsWith(PREFIX) || !Number.isInteger(tabId)) continue;
      const parsed = v.safeParse(SnapshotSchema, value);
      // Written by another version of Siyaq: the tab reports again on its next scan.
      if (parsed.success) this.reports.restore(tabId, parsed.output as TabSnapshot);
    }
  }

  /** The tab's report changed: store it with the next flush. */
  changed(tabId: number): void {
    this.#dirty.add(tabId);
    this.#timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  /** The tab closed. */
  dropped(tabId: number): void {
    this.#dirty.delete(tabId);
    this.area.remove(PREFIX + tabId).catch(() => {});
  }

  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const items: Record<string, unknown> = {};
    const gone: string[] = [];
    for (const tabId of this.#dirty) {
      const snapshot = this.reports.snapshot(tabId);
      if (snapshot) items[PREFIX + tabId] = snapshot;
      else gone.push(PREFIX + tabId);
    }
    this.#dirty.clear();
    try {
      if (Object.keys(items).length > 0) await this.area.set(items);
      if (gone.length > 0) await this.area.remove(gone);
    } catch (error) {
      // Over quota, say: the reports stay in memory, only a worker restart would lose them.
      console.warn('siyaq: session reports not stored', error);
    }
  }
}
