import { expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database.ts';
import { putUserEntity } from '../../../lib/db/entities.ts';
import { reindexIfStale } from '../../../lib/db/reindex.ts';
import { makeEntity } from './helpers.ts';

const rabat = makeEntity('rabat', { name_ar: 'الرباط', name_en: 'Rabat' });

it('leaves search keys alone when they were made with the current normalisation', async () => {
  const db = createDatabase('reindex-current');
  await putUserEntity(db, rabat);
  expect(await reindexIfStale(db, 1)).toBe(0);
});

it('rebuilds stale search and sort keys once and records the version', async () => {
  const db = createDatabase('reindex-stale');
  const stored = await putUserEntity(db, rabat);
  await db.entities.update(stored.id, { keys: ['stale'], sortAr: 'stale', sortEn: 'stale' });
  expect(await reindexIfStale(db, 2)).toBe(1);
  expect(await db.entities.get(stored.id)).toMatchObject({ sortAr: 'الرباط', sortEn: 'rabat' });
  expect((await db.entities.get(stored.id))?.keys).toContain('الرباط');
  expect(await reindexIfStale(db, 2)).toBe(0);
});
