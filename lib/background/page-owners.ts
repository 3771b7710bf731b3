/**
 * Which document owns each tab frame. After a reload the old document's last messages can still arrive;
 * they must not count towards the new page. A document claims its frame when it starts (its first
 * status or a resetting scan); anything else from a document that is not the owner is stale.
 */
export class PageOwners {
  readonly #owners = new Map<string, string>();

  claim(tabId: number, frameId: number, page: string): void {
    this.#owners.set(`${tabId}:${frameId}`, page);
  }

  isCurrent(tabId: number, frameId: number, page: string): boolean {
    const owner = this.#owners.get(`${tabId}:${frameId}`);
    return owner === undefined || owner === page;
  }

  drop(tabId: number): void {
    for (const key of this.#owners.keys()) if (key.startsWith(`${tabId}:`)) this.#owners.delete(key);
  }
}
