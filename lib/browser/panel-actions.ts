import type { browser } from 'wxt/browser';

/** What the side panel or the options page should show when opened: `#entity=...`, `#query=...`, `#add=...`. */
export interface PageTarget {
  entity?: string;
  query?: string;
  add?: string;
}

export function targetHash(target: PageTarget): string {
  const params = new URLSearchParams();
  for (const key of ['entity', 'query', 'add'] as const) {
    const value = target[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

type BrowserLike = Pick<typeof browser, 'runtime' | 'tabs'> & {
  sidePanel?: {
    open(options: { windowId?: number; tabId?: number }): Promise<void>;
    setOptions(options: { path?: string; enabled?: boolean; tabId?: number }): Promise<void>;
  };
  /** Firefox. */
  sidebarAction?: { open(): Promise<void>; setPanel(details: { panel: string }): Promise<void> };
};

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) on `target`. Must be called synchronously inside a
 * user gesture (a click, a context-menu click): both browsers refuse to open a panel later, so nothing is
 * awaited before `open`. A panel already open also gets the target through the 'panel/open' broadcast.
 */
export function openSidePanel(
  browser: BrowserLike,
  where: { windowId?: number; tabId?: number },
  target: PageTarget = {},
): Promise<unknown> {
  const hash = targetHash(target);
  const path = `sidepanel.html${hash}`;
  const pending: Array<Promise<unknown>> = [];
  if (browser.sidePanel) {
    pending.push(browser.sidePanel.setOptions({ path }));
    // A windowId opens the window-wide panel, which then follows the active tab.
    pending.push(
      browser.sidePanel.open(
        where.windowId !== undefined ? { windowId: where.windowId } : { tabId: where.tabId },
      ),
    );
  } else if (browser.sidebarAction) {
    pending.push(browser.sidebarAction.setPanel({ panel: browser.runtime.getURL(`/sidepanel.html${hash}`) }));
    pending.push(browser.sidebarAction.open());
  }
  if (target.entity || target.query) {
    const message = { siyaq: 1, type: 'panel/open', data: { entity: target.entity, query: target.query } };
    pending.push(browser.runtime.sendMessage(message).catch(() => undefined));
  }
  return Promise.all(pending);
}

/** Opens the options page in a new tab, on an entity's form or the add form prefilled. */
export function openOptionsPage(browser: BrowserLike, target: PageTarget = {}): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(`/options.html${targetHash(target)}`) });
}
