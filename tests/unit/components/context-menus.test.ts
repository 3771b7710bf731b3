import { describe, expect, it, vi } from 'vitest';
import {
  cleanSelection,
  handleMenuClick,
  MENU_ADD,
  MENU_LOOKUP,
} from '../../../lib/background/context-menus.ts';

function fakeBrowser() {
  return {
    runtime: {
      getURL: (path: string) => `chrome-extension://id${path}`,
      sendMessage: vi.fn(async () => undefined),
    },
    tabs: { create: vi.fn(async () => ({})) },
    sidePanel: { open: vi.fn(async () => undefined), setOptions: vi.fn(async () => undefined) },
  };
}
type Api = Parameters<typeof handleMenuClick>[0];

describe('context menus', () => {
  it('"Add" opens the options page with the add form prefilled', () => {
    const browser = fakeBrowser();
    handleMenuClick(browser as unknown as Api, {
      menuItemId: MENU_ADD,
      selectionText: ' عبد اللطيف\nحموشي ',
    });
    expect(browser.tabs.create).toHaveBeenCalledWith({
      url: `chrome-extension://id/options.html#add=${encodeURIComponent('عبد اللطيف حموشي').replace(/%20/g, '+')}`,
    });
  });

  it('"Look up" opens the side panel of the window on the query, inside the gesture', () => {
    const browser = fakeBrowser();
    handleMenuClick(
      browser as unknown as Api,
      { menuItemId: MENU_LOOKUP, selectionText: 'الرباط' },
      { id: 3, windowId: 9 },
    );
    // Called synchronously: no await may come between the click and open().
    expect(browser.sidePanel.open).toHaveBeenCalledWith({ windowId: 9 });
    expect(browser.sidePanel.setOptions).toHaveBeenCalledWith({
      path: `sidepanel.html#query=${encodeURIComponent('الرباط')}`,
    });
  });

  it('does nothing without a selection', () => {
    const browser = fakeBrowser();
    expect(
      handleMenuClick(browser as unknown as Api, { menuItemId: MENU_ADD, selectionText: '   ' }),
    ).toBeUndefined();
    expect(browser.tabs.create).not.toHaveBeenCalled();
  });

  it('cuts a long selection', () => {
    expect(cleanSelection('أ'.repeat(500))).toHaveLength(200);
  });
});
