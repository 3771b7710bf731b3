import type { EntityType } from '../knowledge/types.ts';
import type { SiyaqDB } from './database.ts';
import { queryVariants } from './search-keys.ts';
import type { StoredEntity } from './types.ts';

export interface SearchOptions {
  type?: EntityType;
  pack?: string;
  limit?: number;
  offset?: number;
}

const DEFAULT_LIMIT = 50;

type EntityCollection = ReturnType<SiyaqDB['entities']['toCollection']>;

/**
 * Finds entities by name or alias in either language through the normalised `keys` index: hamza forms,
 * ta marbuta, alef maqsura, diacritics and case do not matter, a proclitic on the first word is tolerated
 * (والمغرب finds المغرب) and any word of a name may start the query (ترامب finds دونالد ترامب).
 * Order: exact matches of the query as typed, exact matches without proclitics, then prefix matches,
 * each in key order. An empty query lists entities, most recently updated first.
 */
export async function searchEntities(
  db: SiyaqDB,
  query: string,
  options: SearchOptions = {},
): Promise<StoredEntity[]> {
  const { limit = DEFAULT_LIMIT, offset = 0 } = options;
  const keep = (e: StoredEntity) =>
    (!options.type || e.type === options.type) && (!options.pack || e.pack === options.pack);
  const variants = queryVariants(query);
  if (variants.length === 0) {
    const all: EntityCollection = options.pack
      ? db.entities.where('pack').equals(options.pack)
      : db.entities.orderBy('updatedAt').reverse();
    return all.filter(keep).offset(offset).limit(limit).toArray();
  }
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
