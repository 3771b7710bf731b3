import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database.ts';
import { generatePack } from '../../../lib/knowledge/generate-pack.ts';
import { importPack } from '../../../lib/knowledge/import.ts';

// Timing is measured by the Chromium bench; here the test only proves a 100k pack goes through in one
// transaction with chunked progress, under the generous per-test timeout.
describe('importPack at scale', () => {
  it('imports a generated 100,000-entity pack with progress', { timeout: 120_000 }, async () => {
    const db = createDatabase('perf-100k');
    const pack = generatePack({ entities: 100_000 });
    const progress: Array<[number, number]> = [];
    const started = performance.now();
    const result = await importPack(db, pack, { onProgress: (done, total) => progress.push([done, total]) });
    const ms = performance.now() - started;
    console.info(`100k entities into fake-indexeddb: ${Math.round(ms)} ms`);
    expect(result.status).toBe('installed');
    expect(await db.entities.count()).toBe(100_000);
    expect(progress.at(-1)).toEqual([100_000, 100_000]);
    expect(progress.length).toBe(51);
    db.close();
  });
});
