import type { BrowserContext, Page } from '@playwright/test';

const extensionWorker = (context: BrowserContext) => {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('the extension has no service worker');
  return worker;
};

/**
 * Stops the extension's service worker as Chrome does after 30 idle seconds (which it never does while
 * a debugger is attached). Waits for the worker's own "stopped" report: asking the worker anything
 * would start it again.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const script = extensionWorker(context).url();
  const cdp = await context.newCDPSession(page);
  try {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL === script && v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach();
  }
}

/** A token on the running worker's global scope: it dies with the worker. */
export async function markServiceWorker(context: BrowserContext): Promise<string> {
  const token = `run-${Date.now()}`;
  await extensionWorker(context).evaluate((t) => {
    (globalThis as { siyaqTestRun?: string }).siyaqTestRun = t;
  }, token);
  return token;
}

/** The token of markServiceWorker, unless the worker has started afresh since. */
export function readServiceWorkerMark(context: BrowserContext): Promise<string | undefined> {
  return extensionWorker(context).evaluate(() => (globalThis as { siyaqTestRun?: string }).siyaqTestRun);
}
