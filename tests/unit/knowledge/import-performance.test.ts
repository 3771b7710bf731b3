import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database.ts';
import { generatePack } from '../../../lib/knowledge/generate-pack.ts';
import { importPack } from '../../../lib/knowledge/import.ts';

// The 100,000-entity import is timed in Chromium by `npm run bench:page` (fake-indexeddb needs a minute
// for it); here a 10,000-entity pack proves the one-transaction, chunked-progress path at scale.
describe('importPack at scale', () => {
  it('imports a generated 10,000-entity pack with progress', { timeout: 60_000 }, async () => {
    const db = createDatabase('perf-10k');
    const pack = generatePack({ entities: 10_000 });
    const progress: Array<[number, number]> = [];
    const started = performance.now();
    const result = await importPack(db, pack, { onProgress: (done, total) => progress.push([done, total]) });
    const ms = performance.now() - started;
    console.info(`10k entities into fake-indexeddb: ${Math.round(ms)} ms`);
    expect(result.status).toBe('installed');
    expect(await db.entities.count()).toBe(10_000);
    expect(progress.at(-1)).toEqual([10_000, 10_000]);
    expect(progress.length).toBe(6);
    db.close();
  });
});
