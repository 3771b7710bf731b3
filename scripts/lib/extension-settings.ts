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
