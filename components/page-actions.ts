import { browser } from 'wxt/browser';
import { openOptionsPage, openSidePanel, type PageTarget } from '../lib/browser/panel-actions.ts';
import type { TabRef } from './hooks/tab-source.ts';

/** What the popup and side panel do outside themselves; a prop so component tests can record it. */
export interface PageActions {
  /** Call synchronously in the click handler: the browser only opens a panel in a user gesture. */
  openSidePanel(where: Partial<TabRef>, target?: PageTarget): void;
  openOptions(target?: PageTarget): void;
  /** Asks the content script (through the background) to scroll to a mention and flash it. */
  reveal(tabId: number, entity: string, index: number): Promise<boolean>;
  /** Asks the background for the entity's Wikipedia summary, if enrichment is on and it is not cached. */
  enrich(entity: string): void;
  /** Closes the popup after it handed over to another page. */
  close(): void;
}

export function browserPageActions(
  send: (tabId: number, entity: string, index: number) => Promise<boolean>,
  enrich: (entity: string) => Promise<unknown>,
): PageActions {
  const b = browser as unknown as Parameters<typeof openSidePanel>[0];
  return {
    openSidePanel: (where, target) => {
      openSidePanel(b, where, target).catch((error: unknown) => console.warn('siyaq: side panel', error));
    },
    openOptions: (target) => {
      openOptionsPage(b, target).catch((error: unknown) => console.warn('siyaq: options', error));
    },
    reveal: send,
    enrich: (entity) => {
      enrich(entity).catch((error: unknown) => console.warn('siyaq: enrich', error));
    },
    // Only a real popup closes itself; popup.html opened as a tab (?tabId=, tests) stays.
    close: () => {
      if (!new URLSearchParams(location.search).has('tabId')) window.close();
    },
  };
}
