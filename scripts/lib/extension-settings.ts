import type { Page } from '@playwright/test';

/** Writes one setting straight into the extension's database, from one of its own pages (same origin). */
export function putSetting(extensionPage: Page, key: string, value: unknown): Promise<void> {
  return putRow(extensionPage, 'settings', { key, value });
}

/** Writes one row into a store of the extension's database (e.g. a cached card), as putSetting does. */
export function putRow(extensionPage: Page, store: string, row: Record<string, unknown>): Promise<void> {
  return onStore(extensionPage, store, 'put', row).then(() => undefined);
}

/** Reads one stored setting (undefined when it was never written), from one of the extension's pages. */
export function readSetting(extensionPage: Page, key: string): Promise<unknown> {
  return onStore(extensionPage, 'settings', 'get', key).then(
    (row) => (row as { value?: unknown } | undefined)?.value,
  );
}

/**
 * One request on a store (a put of a row, a get by key), for tests and benchmarks that set up a state
 * without clicking through the options page. It waits until the background has created the database: a
 * page that opened it first would create an empty one (no stores), and its open connection would block
 * the background's upgrade. That race hung a CI run for a minute.
 */
function onStore(page: Page, name: string, op: 'put' | 'get', arg: unknown): Promise<unknown> {
  return page.evaluate(
    // No named functions in here: tsx (bench:page) would wrap them in a helper the page does not have.
    async ([name, op, arg]) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
          const open = indexedDB.open('siyaq');
          // No database yet: abort its creation and leave it to the background.
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => (open.error?.name === 'AbortError' ? resolve(null) : reject(open.error));
        });
        if (db?.objectStoreNames.contains(name)) {
          try {
            return await new Promise<unknown>((resolve, reject) => {
              const tx = db.transaction(name, op === 'put' ? 'readwrite' : 'readonly');
              const store = tx.objectStore(name);
              const request = op === 'put' ? store.put(arg) : store.get(arg as IDBValidKey);
              tx.oncomplete = () => resolve(op === 'get' ? request.result : undefined);
              tx.onerror = () => reject(tx.error);
              tx.onabort = () => reject(tx.error);
            });
          } finally {
            db.close();
          }
        }
        db?.close();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the extension did not create its database within 20 s');
    },
    [name, op, arg] as const,
  );
}
