import type { Browser } from 'wxt/browser';
import type { PageTarget } from '../browser/panel-actions.ts';
import type { SiyaqDB } from '../db/database.ts';
import { getSettings } from '../db/settings.ts';
import { cardMessages, pickLang } from '../i18n/translate.ts';
import { isSiteEnabled } from '../knowledge/site-rules.ts';
import type { Handlers } from '../message-router.ts';
import { loadCard } from './card-source.ts';
import type { Enrichment } from './enrichment.ts';
import type { KnowledgeService } from './knowledge-service.ts';
import type { PageOwners } from './page-owners.ts';
import type { TabReports } from './tab-reports.ts';

type Sender = Browser.runtime.MessageSender;

export interface BackgroundDeps {
  db: SiyaqDB;
  knowledge: KnowledgeService;
  enrichment: Enrichment;
  reports: TabReports;
  owners: PageOwners;
  uiLanguage: () => string;
  /** Tells every tab's content scripts to apply the saved settings. */
  settingsChanged: () => void;
  /** Tells open popups and side panels that a tab's report changed. */
  notify: (tabId: number) => void;
  reveal: (tabId: number, entity: string, index: number) => Promise<boolean>;
  openPanel: (where: { tabId?: number; windowId?: number }, target: PageTarget) => Promise<unknown>;
  openOptions: (target: PageTarget) => Promise<unknown>;
}

/** The background's side of the protocol: one handler per message it owns. */
export function backgroundHandlers(deps: BackgroundDeps): Handlers<Sender> {
  const { db, knowledge, reports, owners } = deps;
  return {
    'page/config': async ({ url }) => {
      const settings = await getSettings(db);
      const lang = pickLang(settings.cardLanguageOrder[0] ?? 'auto', deps.uiLanguage());
      return {
        enabled: isSiteEnabled(url, settings.siteRules),
        highlights: settings.highlights,
        highlightStyle: settings.highlightStyle,
        hoverDelayMs: settings.hoverDelayMs,
        modifierKey: settings.modifierKey,
        lang,
        theme: settings.theme,
        strings: cardMessages(lang),
      };
    },
    'page/status': ({ page, status, url }, sender) => {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId ?? 0;
      if (tabId === undefined) return null;
      // A document starting (or declining to start) owns its frame from now on; a late "ready" from a
      // replaced document does not.
      if (status === 'ready' || status === 'unavailable') {
        if (!owners.isCurrent(tabId, frameId, page)) return null;
      } else owners.claim(tabId, frameId, page);
      if (frameId === 0) {
        // A page Siyaq does not read is a new page all the same: the previous page's entities go.
        if (status === 'disabled' || status === 'not-arabic') reports.reset(tabId, 0, url);
        reports.setStatus(tabId, url, status);
        deps.notify(tabId);
      }
      return null;
    },
    'page/scan': async ({ page, blocks, reset, url }, sender) => {
      const tabId = sender.tab?.id ?? -1;
      const frameId = sender.frameId ?? 0;
      if (reset) owners.claim(tabId, frameId, page);
      else if (!owners.isCurrent(tabId, frameId, page)) return { mentions: [], entities: [] };
      const result = await knowledge.scan(`${tabId}:${frameId}`, blocks, reset, () =>
        reports.report(tabId).entities.map((e) => e.id),
      );
      // The scan waited (for the matcher, say): a reload may have handed the frame to a new document
      // meanwhile, whose report this result must not reset or fill.
      if (tabId >= 0 && owners.isCurrent(tabId, frameId, page)) {
        if (reset) reports.reset(tabId, frameId, url);
        const ids = blocks.map((b) => b.id);
        reports.addMentions(tabId, frameId, url, ids, result.mentions, result.entities);
        deps.notify(tabId);
      }
      return result;
    },
    'page/forget': ({ page, blocks }, sender) => {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId ?? 0;
      if (tabId !== undefined && owners.isCurrent(tabId, frameId, page)) {
        reports.forget(tabId, frameId, blocks);
        deps.notify(tabId);
      }
      return null;
    },
    'card/get': ({ id }) => loadCard(db, id, deps.enrichment),
    'card/enrich': async ({ id }) => {
      // The pages read the card from the database themselves; this only starts a missing summary's fetch.
      await loadCard(db, id, deps.enrichment);
      return null;
    },
    'settings/changed': () => {
      deps.settingsChanged();
      return null;
    },
    'tab/report': ({ tabId }) => reports.report(tabId),
    'tab/reveal': ({ tabId, entity, index }) => deps.reveal(tabId, entity, index),
    'panel/open': async ({ entity, query }, sender) => {
      // Only a content script (the card's button) asks here; pages open the panel themselves.
      const tab = sender.tab;
      if (tab) await deps.openPanel({ tabId: tab.id, windowId: tab.windowId }, { entity, query });
      return null;
    },
    'options/open': async ({ entity, prefill }) => {
      await deps.openOptions({ entity, add: prefill });
      return null;
    },
  };
}
