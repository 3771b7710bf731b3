import { type BrowserContext, test as base, type Page } from '@playwright/test';
import type { TabReport } from '../../lib/messages.ts';
import { launchWithExtension } from '../../scripts/lib/launch-extension.ts';
import { type StaticServer, startStaticServer } from '../../scripts/lib/static-server.ts';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page (popup.html, sidepanel.html, options.html) as an ordinary tab. */
  openExtensionPage: (file: string) => Promise<Page>;
  /** The browser tab id of a page, read through the extension (tab order = page order in one window). */
  tabIdOf: (page: Page) => Promise<number>;
  /** Opens the popup or the side panel as a tab that shows `page` (its ?tabId=). */
  openPanelFor: (kind: 'popup' | 'sidepanel', page: Page) => Promise<Page>;
  /** What the background reports for a tab (status and entities), as the popup and side panel read it. */
  tabReport: (tabId: number) => Promise<TabReport>;
  /** An extension page kept open for the two fixtures above. */
  helperPage: () => Promise<Page>;
  /** The keyboard command (Alt+Shift+J) on a page, sent to its tab as the background sends it. */
  nextMention: (page: Page) => Promise<void>;
}

interface WorkerFixtures {
  // Playwright's baseURL fixture cannot be redefined, hence the name.
  site: StaticServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  site: [
    async ({}, use) => {
      const server = await startStaticServer('tests/e2e/pages');
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const session = await launchWithExtension();
    await use(session.context);
    await session.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (file) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    });
  },
  helperPage: async ({ context, extensionId }, use) => {
    let helper: Page | undefined;
    await use(async () => {
      if (!helper) {
        helper = await context.newPage();
        await helper.goto(`chrome-extension://${extensionId}/options.html`);
      }
      return helper;
    });
  },
  tabIdOf: async ({ context, helperPage }, use) => {
    await use(async (page) => {
      const index = context.pages().indexOf(page);
      return (await helperPage()).evaluate(async (i) => {
        const tabs = await chrome.tabs.query({ currentWindow: true });
        const tab = tabs.find((t) => t.index === i);
        if (tab?.id === undefined) throw new Error(`no tab at index ${i}`);
        return tab.id;
      }, index);
    });
  },
  openPanelFor: async ({ openExtensionPage, tabIdOf }, use) => {
    await use(async (kind, page) => openExtensionPage(`${kind}.html?tabId=${await tabIdOf(page)}`));
  },
  nextMention: async ({ helperPage, tabIdOf }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(page);
      await (await helperPage()).evaluate(
        (id) => chrome.tabs.sendMessage(id, { siyaq: 1, type: 'content/next-mention', data: {} }),
        tabId,
      );
    });
  },
  tabReport: async ({ helperPage }, use) => {
    await use(async (tabId) =>
      (await helperPage()).evaluate(async (id) => {
        const reply = await chrome.runtime.sendMessage({ siyaq: 1, type: 'tab/report', data: { tabId: id } });
        return reply.value;
      }, tabId),
    );
  },
});

export const expect = test.expect;
