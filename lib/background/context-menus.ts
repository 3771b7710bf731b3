import type { browser as browserApi } from 'wxt/browser';
import { openOptionsPage, openSidePanel } from '../browser/panel-actions.ts';

type Browser = typeof browserApi;

export const MENU_ADD = 'siyaq-add';
export const MENU_LOOKUP = 'siyaq-lookup';

/** The longest selection taken over: a name, not a paragraph (the protocol caps prefill at 500). */
const MAX_SELECTION = 200;

/**
 * The two context-menu entries on a text selection: "Add «…» to Siyaq" and "Look up «…» in Siyaq".
 * Chrome keeps menus across service-worker restarts, so they are (re)created on install/update only;
 * the click listener must be added at every start (top level of the background).
 */
export function registerContextMenus(browser: Browser): void {
  browser.runtime.onInstalled.addListener(() => {
    void createMenus(browser);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => handleMenuClick(browser, info, tab));
}

export async function createMenus(browser: Browser): Promise<void> {
  await browser.contextMenus.removeAll();
  // %s is replaced by the selection in the menu title by the browser itself.
  browser.contextMenus.create({
    id: MENU_ADD,
    title: browser.i18n.getMessage('contextAdd'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: MENU_LOOKUP,
    title: browser.i18n.getMessage('contextLookup'),
    contexts: ['selection'],
  });
}

interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/**
 * Runs synchronously up to the panel's open(): a context-menu click is a user gesture only until the
 * first await, and both Chrome's sidePanel.open and Firefox's sidebarAction.open need one.
 */
export function handleMenuClick(
  browser: Browser,
  info: MenuClick,
  tab?: { id?: number; windowId?: number },
): Promise<unknown> | undefined {
  const text = cleanSelection(info.selectionText ?? '');
  if (!text) return undefined;
  const api = browser as unknown as Parameters<typeof openSidePanel>[0];
  if (info.menuItemId === MENU_ADD) return openOptionsPage(api, { add: text });
  if (info.menuItemId === MENU_LOOKUP)
    return openSidePanel(api, { windowId: tab?.windowId, tabId: tab?.id }, { query: text });
  return undefined;
}

/** One line, trimmed, at most MAX_SELECTION characters. */
export const cleanSelection = (text: string): string =>
  text.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
