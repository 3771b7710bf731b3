import type { EntitySummary, MentionDTO, PageStatus, TabEntity, TabReport } from '../messages.ts';

/** One tab's state as plain JSON (storage.session keeps it across service worker restarts). */
export interface TabSnapshot {
  url: string;
  status: PageStatus;
  blocks: [string, MentionDTO[]][];
  entities: EntitySummary[];
  order: [string, number][];
}

interface TabState {
  url: string;
  status: PageStatus;
  /** mentions per "frameId:blockId", so a block that changes or leaves replaces its own mentions only. */
  blocks: Map<string, MentionDTO[]>;
  entities: Map<string, EntitySummary>;
  /** first-seen order of entities, kept across block replacement so the list doesn't jump around. */
  order: Map<string, number>;
}

/** What each tab's frames have found; the popup and the side panel read it. */
export class TabReports {
  readonly #tabs = new Map<number, TabState>();

  /** A frame starts a new page: the top frame resets the tab, a subframe only its own blocks. */
  reset(tabId: number, frameId: number, url: string): void {
    const tab = this.#tabs.get(tabId);
    if (frameId !== 0 && tab) {
      for (const key of tab.blocks.keys()) if (key.startsWith(`${frameId}:`)) tab.blocks.delete(key);
      return;
    }
    this.#tabs.set(tabId, {
      url,
      status: 'loading',
      blocks: new Map(),
      entities: new Map(),
      order: new Map(),
    });
  }

  setStatus(tabId: number, url: string, status: PageStatus): void {
    const tab = this.#tabs.get(tabId) ?? this.#create(tabId, url);
    tab.status = status;
    tab.url = url;
  }

  addMentions(
    tabId: number,
    frameId: number,
    url: string,
    blockIds: number[],
    mentions: MentionDTO[],
    entities: EntitySummary[],
  ): void {
    const tab = this.#tabs.get(tabId) ?? this.#create(tabId, url);
    for (const id of blockIds) tab.blocks.set(`${frameId}:${id}`, []);
    for (const m of mentions) tab.blocks.get(`${frameId}:${m.block}`)?.push(m);
    for (const e of entities) {
      tab.entities.set(e.id, e);
      if (!tab.order.has(e.id)) tab.order.set(e.id, tab.order.size);
    }
  }

  forget(tabId: number, frameId: number, blockIds: number[]): void {
    const tab = this.#tabs.get(tabId);
    for (const id of blockIds) tab?.blocks.delete(`${frameId}:${id}`);
  }

  drop(tabId: number): void {
    this.#tabs.delete(tabId);
  }

  report(tabId: number): TabReport {
    const tab = this.#tabs.get(tabId);
    if (!tab) return { tabId, url: '', status: 'unavailable', entities: [] };
    const counts = new Map<string, number>();
    for (const mentions of tab.blocks.values()) {
      for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
    const entities: TabEntity[] = [];
    for (const [id, count] of counts) {
      const summary = tab.entities.get(id);
      if (summary) entities.push({ ...summary, count, first: tab.order.get(id) ?? 0 });
    }
    entities.sort((a, b) => a.first - b.first);
    return { tabId, url: tab.url, status: tab.status, entities };
  }

  /** The tabs that have a report. */
  tabIds(): number[] {
    return [...this.#tabs.keys()];
  }

  snapshot(tabId: number): TabSnapshot | undefined {
    const tab = this.#tabs.get(tabId);
    if (!tab) return undefined;
    return {
      url: tab.url,
      status: tab.status,
      blocks: [...tab.blocks],
      entities: [...tab.entities.values()],
      order: [...tab.order],
    };
  }

  /** Puts a snapshot back unless the tab has reported since (its own news is newer). */
  restore(tabId: number, snapshot: TabSnapshot): void {
    if (this.#tabs.has(tabId)) return;
    this.#tabs.set(tabId, {
      url: snapshot.url,
      status: snapshot.status,
      blocks: new Map(snapshot.blocks),
      entities: new Map(snapshot.entities.map((e) => [e.id, e])),
      order: new Map(snapshot.order),
    });
  }

  #create(tabId: number, url: string): TabState {
    this.reset(tabId, 0, url);
    return this.#tabs.get(tabId)!;
  }
}
