import { USER_PACK_ID } from '../knowledge/types.ts';
import type { SiyaqDB } from './database.ts';
import { bumpRevision, markPackRemoved } from './meta.ts';
import type { StoredPack } from './types.ts';

/** Installed packs by name. The user's own entities have no pack row: they are always enabled. */
export async function listPacks(db: SiyaqDB): Promise<StoredPack[]> {
  const packs = await db.packs.toArray();
  return packs.sort((a, b) => a.name.localeCompare(b.name));
}

export function getPack(db: SiyaqDB, id: string): Promise<StoredPack | undefined> {
  return db.packs.get(id);
}

/** Turns a pack on or off for matching; its entities stay stored and searchable. */
export async function setPackEnabled(db: SiyaqDB, id: string, enabled: boolean): Promise<boolean> {
  return db.transaction('rw', db.packs, db.meta, async () => {
    const changed = await db.packs.update(id, { enabled });
    if (changed) await bumpRevision(db);
    return changed > 0;
  });
}

export interface RemovePackResult {
  removed: number;
  /** User-edited entities of the pack, moved to the user pack rather than lost. */
  keptUserEdits: number;
}

/** Uninstalls a pack and its entities; entities the user edited become the user's own. */
export async function removePack(db: SiyaqDB, id: string): Promise<RemovePackResult> {
  if (id === USER_PACK_ID) throw new Error('the user pack cannot be removed; delete its entities instead');
  return db.transaction('rw', db.entities, db.packs, db.meta, async () => {
    const keptUserEdits = await db.entities
      .where('pack')
      .equals(id)
      .filter((e) => e.userEdited)
      .modify({ pack: USER_PACK_ID });
    const removed = await db.entities.where('pack').equals(id).delete();
    const hadPack = (await db.packs.get(id)) !== undefined;
    await db.packs.delete(id);
    if (hadPack) await markPackRemoved(db, id, true);
    if (hadPack || removed || keptUserEdits) await bumpRevision(db);
    return { removed, keptUserEdits };
  });
}
