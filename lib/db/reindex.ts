import { NORMALIZATION_VERSION } from '../arabic/index.ts';
import type { SiyaqDB } from './database.ts';
import { entityKeys, sortKeys } from './search-keys.ts';

const KEYS_VERSION = 'searchKeysNormalization';

/**
 * Rebuilds every entity's search and sort keys when the normalisation they were made with is not the
 * current one (an update changed lib/arabic). Returns how many entities were re-keyed; 0 when nothing was
 * stale.
 */
export async function reindexIfStale(db: SiyaqDB, version = NORMALIZATION_VERSION): Promise<number> {
  return db.transaction('rw', db.entities, db.meta, async () => {
    const stored = (await db.meta.get(KEYS_VERSION))?.value;
    // A database that never recorded a version was keyed by version 1, the first one shipped.
    if ((typeof stored === 'number' ? stored : 1) === version) return 0;
    const count = await db.entities.toCollection().modify((entity) => {
      entity.keys = entityKeys(entity);
      Object.assign(entity, sortKeys(entity));
    });
    await db.meta.put({ key: KEYS_VERSION, value: version });
    return count;
  });
}
