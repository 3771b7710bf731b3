import { type Browser, browser } from 'wxt/browser';
import { registerContextMenus } from '../lib/background/context-menus.ts';
import { Enrichment } from '../lib/background/enrichment.ts';
import { backgroundHandlers } from '../lib/background/handlers.ts';
import { KnowledgeService } from '../lib/background/knowledge-service.ts';
import { PageOwners } from '../lib/background/page-owners.ts';
import { SessionMirror } from '../lib/background/session-mirror.ts';
import { TabReports } from '../lib/background/tab-reports.ts';
import { sendToTab } from '../lib/browser/messaging.ts';
import { openOptionsPage, openSidePanel } from '../lib/browser/panel-actions.ts';
import { wikipediaPermitted } from '../lib/browser/wikipedia-permission.ts';
import { purgeExpiredCards } from '../lib/db/cards.ts';
import { createDatabase } from '../lib/db/database.ts';
import { createRouter } from '../lib/message-router.ts';
import { backgroundSchemas, envelope } from '../lib/messages.ts';

type Sender = Browser.runtime.MessageSender;
/** A content script starts at document_idle, about when the tab reports complete: give it this long. */
const NAVIGATION_SETTLE_MS = 1_000;

export default defineBackground(() => {
  const db = createDatabase();
  const reports = new TabReports();
  const mirror = new SessionMirror(browser.storage.session, reports);
  const restored = mirror.restore();
  const owners = new PageOwners();
  const knowledge = new KnowledgeService(db, async () => {
    const response = await fetch(browser.runtime.getURL('/packs/default.json'));
    return response.json();
  });
  // Install or update: import the bundled pack if it is newer; a plain start only fills an empty store.
  browser.runtime.onInstalled.addListener(() => void knowledge.ensureDefaultPack(true));
  void knowledge.ensureDefaultPack();
  knowledge.watch();
  const enrichment = new Enrichment(db, {
    fetch: (input, init) => fetch(input, init),
    permitted: (lang) => wikipediaPermitted(browser.permissions, lang),
  });
  void purgeExpiredCards(db);

  const notifyTab = (tabId: number) => {
    mirror.changed(tabId);
    browser.runtime.sendMessage(envelope('tab/changed', { tabId })).catch(() => {
      // No popup or side panel is open to hear it.
    });
  };
  let settingsTimer: ReturnType<typeof setTimeout> | undefined;
  const tellTabs = async () => {
    for (const tab of await browser.tabs.query({})) {
      // Tabs without Siyaq (browser pages, pages opened before install) have no one to answer.
      if (tab.id !== undefined) sendToTab(tab.id, 'content/settings-changed', {}, 'all').catch(() => {});
    }
  };

  const handlers = backgroundHandlers({
    db,
    knowledge,
    enrichment,
    reports,
    owners,
    uiLanguage: () => browser.i18n.getUILanguage(),
    settingsChanged: () => {
      // Several pages may relay the same save: tell the tabs once.
      clearTimeout(settingsTimer);
      settingsTimer = setTimeout(() => void tellTabs(), 100);
    },
    notify: (tabId) => notifyTab(tabId),
    reveal: (tabId, entity, index) => sendToTab(tabId, 'content/reveal', { entity, index }),
    openPanel: (where, target) => openSidePanel(browser, where, target),
    openOptions: (target) => openOptionsPage(browser, target),
  });
  browser.runtime.onMessage.addListener(
    createRouter<Sender>(handlers, { strict: true, ready: restored, schemas: backgroundSchemas }),
  );
  registerContextMenus(browser);

  browser.tabs.onRemoved.addListener((tabId) => {
    reports.drop(tabId);
    mirror.dropped(tabId);
    owners.drop(tabId);
    knowledge.forgetPages(`${tabId}:`);
  });
  // A tab that went to a page Siyaq cannot read (a browser page, a PDF, the web store) sends nothing:
  // once it has loaded, ask its top frame; no answer means the old page's list must go.
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.status !== 'complete') return;
    await restored;
    if (!reports.tabIds().includes(tabId)) return;
    setTimeout(() => {
      sendToTab(tabId, 'content/ping', {}).catch(() => {
        if (reports.report(tabId).status === 'unavailable') return;
        reports.reset(tabId, 0, '');
        reports.setStatus(tabId, '', 'unavailable');
        notifyTab(tabId);
      });
    }, NAVIGATION_SETTLE_MS);
  });
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (command === 'next-mention' && tab?.id !== undefined) {
      await sendToTab(tab.id, 'content/next-mention', {}).catch(() => {});
    }
  });
});
