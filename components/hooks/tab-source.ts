import { browser } from 'wxt/browser';
import { send } from '../../lib/browser/messaging.ts';
import { targetTabId } from '../../lib/browser/target-tab.ts';
import type { TabReport } from '../../lib/messages.ts';

export interface TabRef {
  tabId: number;
  windowId?: number;
}

/** What a page watching tabs hears: another tab became active, or a tab's report may have changed. */
export type TabEvent = { kind: 'activated'; tab: TabRef } | { kind: 'changed'; tabId: number };

/** The outside world of useTabReport, passed in so component tests need no browser. */
export interface TabSource {
  initialTab(): Promise<TabRef | undefined>;
  /** The tab this page itself is shown in (an extension page opened as a tab), to ignore its activation. */
  ownTabId(): Promise<number | undefined>;
  report(tabId: number): Promise<TabReport>;
  subscribe(listener: (event: TabEvent) => void): () => void;
}

/** The real tab source: tabs API events plus the background's 'tab/changed' broadcast. */
export const browserTabSource: TabSource = {
  async initialTab() {
    const tabId = await targetTabId();
    if (tabId === undefined) return undefined;
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return { tabId, windowId: tab?.windowId };
  },
  async ownTabId() {
    return (await browser.tabs.getCurrent())?.id;
  },
  report: (tabId) => send('tab/report', { tabId }),
  subscribe(listener) {
    const onActivated = (info: { tabId: number; windowId: number }) =>
      listener({ kind: 'activated', tab: { tabId: info.tabId, windowId: info.windowId } });
    const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
      if (change.status || change.url) listener({ kind: 'changed', tabId });
    };
    // Listen without answering (return nothing) so the background's reply is the one the sender gets.
    const onMessage = (message: unknown) => {
      const m = message as { siyaq?: number; type?: string; data?: { tabId?: unknown } } | null;
      if (m?.siyaq === 1 && m.type === 'tab/changed' && typeof m.data?.tabId === 'number') {
        listener({ kind: 'changed', tabId: m.data.tabId });
      }
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  },
};
