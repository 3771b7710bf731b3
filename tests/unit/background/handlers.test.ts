import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { Enrichment } from '../../../lib/background/enrichment.ts';
import { backgroundHandlers } from '../../../lib/background/handlers.ts';
import type { KnowledgeService } from '../../../lib/background/knowledge-service.ts';
import { PageOwners } from '../../../lib/background/page-owners.ts';
import { TabReports } from '../../../lib/background/tab-reports.ts';
import type { SiyaqDB } from '../../../lib/db/database.ts';

type ScanResult = Awaited<ReturnType<KnowledgeService['scan']>>;

/** Handlers over a knowledge service whose scans finish only when the test says so. */
function setup() {
  const pending: ((r: ScanResult) => void)[] = [];
  const knowledge = {
    scan: () => new Promise<ScanResult>((resolve) => pending.push(resolve)),
  } as unknown as KnowledgeService;
  const reports = new TabReports();
  const handlers = backgroundHandlers({
    db: {} as SiyaqDB,
    knowledge,
    enrichment: {} as Enrichment,
    reports,
    owners: new PageOwners(),
    uiLanguage: () => 'ar',
    settingsChanged: () => {},
    notify: () => {},
    reveal: async () => true,
    openPanel: async () => null,
    openOptions: async () => null,
  });
  return { handlers, reports, pending };
}

const top = { tab: { id: 1 }, frameId: 0 } as Browser.runtime.MessageSender;
const URL = 'http://127.0.0.1/seed-article.html';
const FOUND: ScanResult = {
  mentions: [{ block: 1, start: 0, end: 6, entity: 'morocco' }],
  entities: [{ id: 'morocco', type: 'place', name_ar: 'المغرب', name_en: 'Morocco' }],
};

describe('background handlers across a reload', () => {
  it('a replaced document’s scan that finishes late leaves the new page’s report alone', async () => {
    const { handlers, reports, pending } = setup();
    // The old document's resetting scan is still waiting for the matcher when the tab reloads...
    const late = handlers['page/scan']!(
      { page: 'old', blocks: [{ id: 1, text: 'المغرب' }], reset: true, url: URL },
      top,
    );
    // ...and the new document finds the site switched off.
    await handlers['page/status']!({ page: 'new', status: 'disabled', url: URL }, top);
    pending[0]!(FOUND);
    await late;
    expect(reports.report(1)).toMatchObject({ status: 'disabled', entities: [] });
  });

  it('the current document’s scan lands in the report', async () => {
    const { handlers, reports, pending } = setup();
    await handlers['page/status']!({ page: 'doc', status: 'loading', url: URL }, top);
    const scan = handlers['page/scan']!(
      { page: 'doc', blocks: [{ id: 1, text: 'المغرب' }], reset: true, url: URL },
      top,
    );
    pending[0]!(FOUND);
    await scan;
    expect(reports.report(1).entities.map((e) => e.id)).toEqual(['morocco']);
  });
});
