import { type BrowserContext, test as base, type Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/launch-extension.ts';
import { type StaticServer, startStaticServer } from '../../scripts/lib/static-server.ts';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page (popup.html, sidepanel.html, options.html) as an ordinary tab. */
  openExtensionPage: (file: string) => Promise<Page>;
  /** The browser tab id of a page, read through the extension (tab order = page order in one window). */
  tabIdOf: (page: Page) => Promise<number>;
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
  tabIdOf: async ({ context, extensionId }, use) => {
    let helper: Page | undefined;
    await use(async (page) => {
      const index = context.pages().indexOf(page);
      helper ??= await context.newPage();
      if (!helper.url().startsWith('chrome-extension://')) {
        await helper.goto(`chrome-extension://${extensionId}/options.html`);
      }
      return helper.evaluate(async (i) => {
        const tabs = await chrome.tabs.query({ currentWindow: true });
        const tab = tabs.find((t) => t.index === i);
        if (tab?.id === undefined) throw new Error(`no tab at index ${i}`);
        return tab.id;
      }, index);
    });
  },
});

export const expect = test.expect;
