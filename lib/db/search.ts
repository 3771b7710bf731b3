import type { EntityType } from '../knowledge/types.ts';
import type { SiyaqDB } from './database.ts';
import { queryVariants } from './search-keys.ts';
import type { StoredEntity } from './types.ts';

/** How a listing (an empty query) is ordered: by name in one language, or most recently changed first. */
export type ListOrder = 'name-ar' | 'name-en' | 'recent';

export interface SearchOptions {
  type?: EntityType;
  pack?: string;
  limit?: number;
  offset?: number;
  /** For an empty query only (matches are ranked by how well they match); default 'recent'. */
  order?: ListOrder;
}

const DEFAULT_LIMIT = 50;
/** A pack this small is read whole and sorted in memory; a larger one is dense in the global order. */
const SORT_IN_MEMORY = 5_000;

type EntityCollection = ReturnType<SiyaqDB['entities']['toCollection']>;

const narrowedBy =
  ({ type, pack }: SearchOptions) =>
  (e: StoredEntity): boolean =>
    (!type || e.type === type) && (!pack || e.pack === pack);

/**
 * Finds entities by name or alias in either language through the normalised `keys` index: hamza forms,
 * ta marbuta, alef maqsura, diacritics and case do not matter, a proclitic on the first word is tolerated
 * (والمغرب finds المغرب) and any word of a name may start the query (ترامب finds دونالد ترامب).
 * Order: exact matches of the query as typed, exact matches without proclitics, then prefix matches,
 * each in key order. An empty query lists entities in `options.order`.
 */
export async function searchEntities(
  db: SiyaqDB,
  query: string,
  options: SearchOptions = {},
): Promise<StoredEntity[]> {
  const variants = queryVariants(query);
  if (variants.length === 0) return listEntities(db, options);
  const { limit = DEFAULT_LIMIT, offset = 0 } = options;
  const keep = narrowedBy(options);
  return db.transaction('r', db.entities, async () => {
    const seen = new Set<string>();
    const results: StoredEntity[] = [];
    const wanted = offset + limit;
    const collect = async (collection: EntityCollection) => {
      if (results.length >= wanted) return;
      const found = await collection
        .distinct()
        .filter((e) => keep(e) && !seen.has(e.id))
        .limit(wanted - results.length)
        .toArray();
      for (const e of found) {
        seen.add(e.id);
        results.push(e);
      }
    };
    for (const variant of variants) await collect(db.entities.where('keys').equals(variant));
    await collect(db.entities.where('keys').startsWithAnyOf(variants));
    return results.slice(offset, wanted);
  });
}

const orderIndex = { 'name-ar': 'sortAr', 'name-en': 'sortEn', recent: 'updatedAt' } as const;

/** The order of the index listings, for a pack sorted in memory: ties by id, as the index has them. */
function compareIn(order: ListOrder): (a: StoredEntity, b: StoredEntity) => number {
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  if (order === 'recent') return (a, b) => b.updatedAt - a.updatedAt || byKey(b.id, a.id);
  const key = orderIndex[order];
  return (a, b) => byKey(a[key], b[key]) || byKey(a.id, b.id);
}

/**
 * One page of all entities (narrowed by type and pack) in `options.order`. A small pack is read whole
 * and sorted; all entities or a large pack go through the order's index, so a page reads the entities
 * up to it, not all. `sortInMemory` is the largest pack sorted in memory.
 */
export async function listEntities(
  db: SiyaqDB,
  options: SearchOptions = {},
  sortInMemory = SORT_IN_MEMORY,
): Promise<StoredEntity[]> {
  const { limit = DEFAULT_LIMIT, offset = 0, order = 'recent', pack } = options;
  const keep = narrowedBy(options);
  return db.transaction('r', db.entities, async () => {
    if (pack !== undefined && (await db.entities.where('pack').equals(pack).count()) <= sortInMemory) {
      const all = await db.entities.where('pack').equals(pack).filter(keep).toArray();
      return all.sort(compareIn(order)).slice(offset, offset + limit);
    }
    const index = db.entities.orderBy(orderIndex[order]);
    const ordered: EntityCollection = order === 'recent' ? index.reverse() : index;
    return ordered.filter(keep).offset(offset).limit(limit).toArray();
  });
}
