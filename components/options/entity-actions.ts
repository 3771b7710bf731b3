import type { SiyaqDB } from '../../lib/db/database.ts';
import { bumpRevision } from '../../lib/db/meta.ts';
import type { StoredEntity } from '../../lib/db/types.ts';

/**
 * Undo of a delete: puts the stored row back exactly as it was (its pack, its edit flag), counts it in
 * its pack again and bumps the knowledge revision so the background recompiles the matcher.
 */
export async function restoreEntity(db: SiyaqDB, stored: StoredEntity): Promise<void> {
  await db.transaction('rw', db.entities, db.packs, db.meta, async () => {
    await db.entities.put(stored);
    await db.packs
      .where('id')
      .equals(stored.pack)
      .modify((p) => {
        p.entityCount += 1;
      });
    await bumpRevision(db);
  });
}
