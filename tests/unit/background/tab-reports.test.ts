import { describe, expect, it } from 'vitest';
import { TabReports } from '../../../lib/background/tab-reports.ts';
import type { EntitySummary, MentionDTO } from '../../../lib/messages.ts';

const URL_A = 'https://www.hespress.com/article-1.html';
const URL_B = 'https://www.hespress.com/article-2.html';

const E: Record<string, EntitySummary> = {
  morocco: { id: 'morocco', type: 'place', name_ar: 'المغرب', name_en: 'Morocco' },
  usa: { id: 'united-states', type: 'place', name_ar: 'الولايات المتحدة', name_en: 'United States' },
  hammouchi: {
    id: 'abdellatif-hammouchi',
    type: 'person',
    name_ar: 'عبد اللطيف حموشي',
    name_en: 'Abdellatif Hammouchi',
  },
  fbi: { id: 'fbi', type: 'org', name_ar: 'مكتب التحقيقات الفيدرالي', name_en: 'FBI' },
};

const m = (block: number, start: number, entity: EntitySummary): MentionDTO => ({
  block,
  start,
  end: start + entity.name_ar.length,
  entity: entity.id,
});

/** The seed article's headline (block 1) and first paragraph (block 2), as the top frame of tab 7 sends them. */
function seedTab(): TabReports {
  const reports = new TabReports();
  reports.reset(7, 0, URL_A);
  reports.addMentions(
    7,
    0,
    URL_A,
    [1, 2],
    [m(1, 0, E.morocco!), m(1, 8, E.usa!), m(2, 57, E.hammouchi!), m(2, 120, E.fbi!), m(2, 200, E.usa!)],
    [E.morocco!, E.usa!, E.hammouchi!, E.fbi!],
  );
  return reports;
}

const counts = (reports: TabReports, tabId = 7) =>
  reports.report(tabId).entities.map((e) => [e.id, e.count, e.first] as const);

describe('TabReports', () => {
  it('counts mentions per entity in order of first appearance', () => {
    expect(counts(seedTab())).toEqual([
      ['morocco', 1, 0],
      ['united-states', 2, 1],
      ['abdellatif-hammouchi', 1, 2],
      ['fbi', 1, 3],
    ]);
  });

  it('reports the entity summaries with the tab’s url and status', () => {
    const reports = seedTab();
    reports.setStatus(7, URL_A, 'ready');
    const report = reports.report(7);
    expect({ ...report, entities: report.entities.slice(0, 1) }).toEqual({
      tabId: 7,
      url: URL_A,
      status: 'ready',
      entities: [{ ...E.morocco, count: 1, first: 0 }],
    });
  });

  it('keeps the first-appearance order when an early block is replaced', () => {
    const reports = seedTab();
    // block 1 is read again (edited) and now names only the United States
    reports.addMentions(7, 0, URL_A, [1], [m(1, 0, E.usa!)], [E.usa!]);
    // then a new block brings Morocco back
    reports.addMentions(7, 0, URL_A, [3], [m(3, 0, E.morocco!)], [E.morocco!]);
    expect(counts(reports).map(([id]) => id)).toEqual([
      'morocco',
      'united-states',
      'abdellatif-hammouchi',
      'fbi',
    ]);
  });

  it('replaces a block’s mentions when it is scanned again', () => {
    const reports = seedTab();
    reports.addMentions(7, 0, URL_A, [2], [m(2, 57, E.hammouchi!)], [E.hammouchi!]);
    expect(counts(reports)).toEqual([
      ['morocco', 1, 0],
      ['united-states', 1, 1],
      ['abdellatif-hammouchi', 1, 2],
    ]);
  });

  it('drops the counts of forgotten blocks, and entities left with none', () => {
    const reports = seedTab();
    reports.forget(7, 0, [2]);
    expect(counts(reports)).toEqual([
      ['morocco', 1, 0],
      ['united-states', 1, 1],
    ]);
  });

  it('keeps frames apart: the same block id in a subframe is another block', () => {
    const reports = seedTab();
    reports.addMentions(7, 3, 'https://widgets.example.com/most-read', [1], [m(1, 0, E.fbi!)], [E.fbi!]);
    reports.forget(7, 3, [2]);
    expect(counts(reports)).toEqual([
      ['morocco', 1, 0],
      ['united-states', 2, 1],
      ['abdellatif-hammouchi', 1, 2],
      ['fbi', 2, 3],
    ]);
  });

  it('a subframe’s new page resets only that frame’s blocks', () => {
    const reports = seedTab();
    reports.addMentions(7, 3, 'https://widgets.example.com/most-read', [1], [m(1, 0, E.fbi!)], [E.fbi!]);
    reports.reset(7, 3, 'https://widgets.example.com/other');
    expect(counts(reports)).toEqual(counts(seedTab()));
  });

  it('the top frame’s new page resets the whole tab', () => {
    const reports = seedTab();
    reports.addMentions(7, 3, 'https://widgets.example.com/most-read', [1], [m(1, 0, E.fbi!)], [E.fbi!]);
    reports.reset(7, 0, URL_B);
    expect(reports.report(7)).toEqual({ tabId: 7, url: URL_B, status: 'loading', entities: [] });
  });

  it('keeps tabs apart', () => {
    const reports = seedTab();
    reports.addMentions(9, 0, URL_B, [1], [m(1, 0, E.fbi!)], [E.fbi!]);
    expect([counts(reports, 9), counts(reports, 7).length]).toEqual([[['fbi', 1, 0]], 4]);
  });

  it('reports a tab it never heard of as unavailable', () => {
    expect(seedTab().report(8)).toEqual({ tabId: 8, url: '', status: 'unavailable', entities: [] });
  });

  it('reports a closed tab as unavailable', () => {
    const reports = seedTab();
    reports.drop(7);
    expect(reports.report(7)).toEqual({ tabId: 7, url: '', status: 'unavailable', entities: [] });
  });

  it('creates a tab on a status before any scan', () => {
    const reports = new TabReports();
    reports.setStatus(4, URL_A, 'not-arabic');
    expect(reports.report(4)).toEqual({ tabId: 4, url: URL_A, status: 'not-arabic', entities: [] });
  });
});
