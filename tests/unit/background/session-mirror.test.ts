import { describe, expect, it, vi } from 'vitest';
import { type SessionArea, SessionMirror } from '../../../lib/background/session-mirror.ts';
import { TabReports } from '../../../lib/background/tab-reports.ts';
import type { EntitySummary } from '../../../lib/messages.ts';

const URL_A = 'https://www.hespress.com/article-1.html';
const MOROCCO: EntitySummary = { id: 'morocco', type: 'place', name_ar: 'المغرب', name_en: 'Morocco' };
const FBI: EntitySummary = { id: 'fbi', type: 'org', name_ar: 'مكتب التحقيقات الفيدرالي', name_en: 'FBI' };

/** storage.session as Chrome gives it: JSON-shaped values, a copy on every read. */
class FakeSession implements SessionArea {
  readonly items = new Map<string, string>();
  sets = 0;
  failWrites = false;

  async get(): Promise<Record<string, unknown>> {
    return Object.fromEntries([...this.items].map(([k, v]) => [k, JSON.parse(v)]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
    this.sets++;
    for (const [k, v] of Object.entries(items)) this.items.set(k, JSON.stringify(v));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const k of [keys].flat()) this.items.delete(k);
  }
}

/** Tab 7 read the seed article: the headline names Morocco twice, the body the FBI. */
function readSeed(reports: TabReports, mirror: SessionMirror, tabId = 7): void {
  reports.reset(tabId, 0, URL_A);
  reports.addMentions(tabId, 0, URL_A, [1], [{ block: 1, start: 0, end: 6, entity: 'morocco' }], [MOROCCO]);
  mirror.changed(tabId);
  reports.addMentions(
    tabId,
    0,
    URL_A,
    [2],
    [
      { block: 2, start: 10, end: 16, entity: 'morocco' },
      { block: 2, start: 40, end: 63, entity: 'fbi' },
    ],
    [MOROCCO, FBI],
  );
  reports.setStatus(tabId, URL_A, 'ready');
  mirror.changed(tabId);
}

/** A new service worker: empty memory, the same session area. */
async function restart(area: SessionArea): Promise<TabReports> {
  const reports = new TabReports();
  await new SessionMirror(area, reports).restore();
  return reports;
}

describe('SessionMirror', () => {
  it('gives a restarted worker the reports the stopped one had', async () => {
    const area = new FakeSession();
    const reports = new TabReports();
    const mirror = new SessionMirror(area, reports);
    readSeed(reports, mirror);
    await mirror.flush();

    const after = await restart(area);
    expect(after.report(7)).toEqual(reports.report(7));
    expect(after.report(7)).toMatchObject({ status: 'ready', url: URL_A });
    expect(after.report(7).entities.map((e) => [e.id, e.count])).toEqual([
      ['morocco', 2],
      ['fbi', 1],
    ]);
  });

  it('writes a burst of changes once, after they settle', async () => {
    vi.useFakeTimers();
    try {
      const area = new FakeSession();
      const reports = new TabReports();
      const mirror = new SessionMirror(area, reports);
      readSeed(reports, mirror);
      readSeed(reports, mirror, 8);
      expect(area.sets).toBe(0);
      await vi.runAllTimersAsync();
      expect(area.sets).toBe(1);
      expect([...area.items.keys()].sort()).toEqual(['tab:7', 'tab:8']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets a closed tab', async () => {
    const area = new FakeSession();
    const reports = new TabReports();
    const mirror = new SessionMirror(area, reports);
    readSeed(reports, mirror);
    readSeed(reports, mirror, 8);
    await mirror.flush();
    reports.drop(7);
    mirror.dropped(7);
    await mirror.flush();

    const after = await restart(area);
    expect(after.report(7).status).toBe('unavailable');
    expect(after.report(8).status).toBe('ready');
  });

  it('skips a stored report it cannot read and restores the others', async () => {
    const area = new FakeSession();
    const reports = new TabReports();
    const mirror = new SessionMirror(area, reports);
    readSeed(reports, mirror, 8);
    await mirror.flush();
    area.items.set('tab:7', JSON.stringify({ url: URL_A, status: 'ready', blocks: 'not a list' }));
    area.items.set('tab:x', JSON.stringify({}));
    area.items.set('settings', JSON.stringify({ theme: 'dark' }));

    const after = await restart(area);
    expect(after.tabIds()).toEqual([8]);
    expect(after.report(8).entities).toHaveLength(2);
  });

  it('leaves a tab that reported after the restart as it reported', async () => {
    const area = new FakeSession();
    const before = new TabReports();
    const mirror = new SessionMirror(area, before);
    readSeed(before, mirror);
    await mirror.flush();

    const reports = new TabReports();
    reports.reset(7, 0, 'https://www.hespress.com/article-2.html');
    await new SessionMirror(area, reports).restore();
    expect(reports.report(7)).toMatchObject({ url: 'https://www.hespress.com/article-2.html', entities: [] });
  });

  it('keeps the reports in memory when the session area refuses a write', async () => {
    const area = new FakeSession();
    area.failWrites = true;
    const reports = new TabReports();
    const mirror = new SessionMirror(area, reports);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    readSeed(reports, mirror);
    await expect(mirror.flush()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('siyaq: session reports not stored', expect.any(Error));
    expect(reports.report(7).status).toBe('ready');
    warn.mockRestore();
  });
});
