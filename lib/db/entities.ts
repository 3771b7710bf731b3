import * as v from 'valibot';
import { PackError } from '../knowledge/pack-error.ts';
import { EntitySchema } from '../knowledge/pack-schema.ts';
import { type Entity, USER_PACK_ID } from '../knowledge/types.ts';
import { pathOf } from '../knowledge/validate.ts';
import type { SiyaqDB } from './database.ts';
import { bumpRevision } from './meta.ts';
import { entityKeys, sortKeys } from './search-keys.ts';
import type { StoredEntity } from './types.ts';

/** The stored form of a validated entity. */
export function toStoredEntity(entity: Entity, pack: string, userEdited: boolean, now: number): StoredEntity {
  return { ...entity, pack, userEdited, updatedAt: now, keys: entityKeys(entity), ...sortKeys(entity) };
}

/** Strips the database's own fields, giving back what a pack carries. */
export function toEntity(stored: StoredEntity): Entity {
  const {
    pack: _pack,
    userEdited: _edited,
    updatedAt: _updated,
    keys: _keys,
    sortAr: _sortAr,
    sortEn: _sortEn,
    ...entity
  } = stored;
  return entity;
}

export function getEntity(db: SiyaqDB, id: string): Promise<StoredEntity | undefined> {
  return db.entities.get(id);
}

/** Entities by id in the given order, skipping ids that are not stored (e.g. a card's related ids). */
export async function getEntities(db: SiyaqDB, ids: readonly string[]): Promise<StoredEntity[]> {
  const found = await db.entities.bulkGet([...ids]);
  return found.filter((e): e is StoredEntity => e !== undefined);
}

/** A fresh id for an entity the user creates; the `user.` prefix keeps it clear of pack ids. */
export function newUserEntityId(now = Date.now(), random = Math.random): string {
  return `user.${now.toString(36)}${Math.floor(random() * 36 ** 6).toString(36)}`;
}

/**
 * Saves an entity the user created or edited. It is validated like a pack entity (PackError on bad
 * input). An edit keeps the entity in its pack, marked userEdited so pack updates leave it alone; a new
 * id goes to the user pack.
 */
export async function putUserEntity(db: SiyaqDB, input: Entity, now = Date.now()): Promise<StoredEntity> {
  const result = v.safeParse(EntitySchema, input);
  if (!result.success) {
    throw new PackError(
      result.issues.map((i) => ({ where: `field ${pathOf(i) || 'entity'}`, message: i.message })),
    );
  }
  return db.transaction('rw', db.entities, db.meta, async () => {
    const existing = await db.entities.get(result.output.id);
    const stored = toStoredEntity(result.output, existing?.pack ?? USER_PACK_ID, true, now);
    await db.entities.put(stored);
    await bumpRevision(db);
    return stored;
  });
}

/**
 * Deletes one entity. Deleting a pack entity is not remembered: a newer version of its pack brings it
 * back (editing it, e.g. removing its aliases, is how a user silences it for good).
 */
export async function deleteEntity(db: SiyaqDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.entities, db.packs, db.meta, async () => {
    const existing = await db.entities.get(id);
    if (!existing) return false;
    await db.entities.delete(id);
    await db.packs
      .where('id')
      .equals(existing.pack)
      .modify((p) => {
        p.entityCount = Math.max(0, p.entityCount - 1);
      });
    await bumpRevision(db);
    return true;
  });
}
