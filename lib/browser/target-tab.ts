import { browser } from 'wxt/browser';

/**
 * The tab a popup or side panel speaks about: the active tab of its window, or `?tabId=` when the page
 * is opened as an ordinary tab (end-to-end tests, "open in a tab").
 */
export async function targetTabId(search = location.search): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
