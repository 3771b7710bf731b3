import { USER_PACK_ID } from '../knowledge/types.ts';
import type { SiyaqDB } from './database.ts';
import { bumpRevision, markPackRemoved } from './meta.ts';
import type { StoredEntity, StoredPack } from './types.ts';

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
  /** The pack as it was, for restorePack (an Undo). Absent when there was no such pack. */
  snapshot?: RemovedPack;
}

/** A removed pack's row and entities as they were stored, edits and all. */
export interface RemovedPack {
  pack: StoredPack;
  entities: StoredEntity[];
}

/** Uninstalls a pack and its entities; entities the user edited become the user's own. */
export async function removePack(db: SiyaqDB, id: string): Promise<RemovePackResult> {
  if (id === USER_PACK_ID) throw new Error('the user pack cannot be removed; delete its entities instead');
  return db.transaction('rw', db.entities, db.packs, db.meta, async () => {
    const pack = await db.packs.get(id);
    const entities = await db.entities.where('pack').equals(id).toArray();
    const keptUserEdits = await db.entities
      .where('pack')
      .equals(id)
      .filter((e) => e.userEdited)
      .modify({ pack: USER_PACK_ID });
    const removed = await db.entities.where('pack').equals(id).delete();
    await db.packs.delete(id);
    if (pack) await markPackRemoved(db, id, true);
    if (pack || removed || keptUserEdits) await bumpRevision(db);
    return { removed, keptUserEdits, ...(pack && { snapshot: { pack, entities } }) };
  });
}

/** Why an Undo of a removal was refused: the message is for logs; the interface says it from `reason`. */
export class RestoreRefused extends Error {
  constructor(
    readonly reason: 'reinstalled' | 'changed',
    readonly id: string,
  ) {
    super(
      reason === 'reinstalled'
        ? `the pack "${id}" was installed again since`
        : `"${id}" was changed since the pack was removed`,
    );
  }
}

/**
 * Puts a removed pack back exactly as it was (Undo). Refused when the pack was installed again since, or
 * when one of its edited entities was changed since as the user's own: either would be overwritten.
 */
export async function restorePack(db: SiyaqDB, { pack, entities }: RemovedPack): Promise<void> {
  await db.transaction('rw', db.entities, db.packs, db.meta, async () => {
    if (await db.packs.get(pack.id)) throw new RestoreRefused('reinstalled', pack.id);
    const current = await db.entities.bulkGet(entities.map((e) => e.id));
    const changed = entities.find((e, i) => {
      const now = current[i];
      return (
        now !== undefined && !(now.pack === USER_PACK_ID && e.userEdited && now.updatedAt === e.updatedAt)
      );
    });
    if (changed) throw new RestoreRefused('changed', changed.id);
    await db.packs.put(pack);
    await db.entities.bulkPut(entities);
    await markPackRemoved(db, pack.id, false);
    await bumpRevision(db);
  });
}
