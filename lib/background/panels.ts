import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;

type SidePanelApi = {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
};
type SidebarActionApi = { open(): Promise<void>; setPanel(details: { panel: string }): Promise<void> };

/**
 * Opens the side panel (Chrome side_panel, Firefox sidebar_action) on a given view. Browsers only allow it
 * in answer to a user gesture; when they refuse, the next opening shows the view anyway.
 */
export async function openSidePanel(
  browser: Browser,
  tabId: number | undefined,
  hash: string,
): Promise<void> {
  const path = `sidepanel.html${hash ? `#${hash}` : ''}`;
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
  try {
    if (sidePanel) {
      await sidePanel.setOptions({ path, enabled: true });
      await sidePanel.open(tabId === undefined ? {} : { tabId });
    } else if (sidebar) {
      await sidebar.setPanel({ panel: browser.runtime.getURL(`/${path}` as `/sidepanel.html${string}`) });
      await sidebar.open();
    }
  } catch (error) {
    console.info('siyaq: the side panel could not be opened here', error);
  }
}

export async function openOptionsPage(browser: Browser, hash: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash ? `#${hash}` : ''}`) });
}
