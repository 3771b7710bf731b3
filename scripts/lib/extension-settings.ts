import type { Page } from '@playwright/test';

/**
 * Writes one setting straight into the extension's database, from one of its own pages (same origin).
 * Tests and benchmarks use it to set up a state without clicking through the options page.
 */
export function putSetting(extensionPage: Page, key: string, value: unknown): Promise<void> {
  return extensionPage.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('siyaq');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: k, value: v });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, value] as const,
  );
}

/** Reads one stored setting (undefined when it was never written), from one of the extension's pages. */
export function readSetting(extensionPage: Page, key: string): Promise<unknown> {
  return extensionPage.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('siyaq');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('settings').objectStore('settings').get(k);
          request.onsuccess = () => resolve((request.result as { value?: unknown } | undefined)?.value);
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}
