import { Dexie, type EntityTable, type Table } from 'dexie';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, upgradeToV2, upgradeToV3 } from './schema.ts';
import type { KeyValueRow, StoredCard, StoredEntity, StoredPack } from './types.ts';

/** The one Siyaq database, owned by the background; extension pages may read it and watch it with liveQuery. */
export type SiyaqDB = Dexie & {
  entities: EntityTable<StoredEntity, 'id'>;
  packs: EntityTable<StoredPack, 'id'>;
  cards: Table<StoredCard, [string, string]>;
  settings: EntityTable<KeyValueRow, 'key'>;
  meta: EntityTable<KeyValueRow, 'key'>;
};

/** Opens (lazily, on first use) the database; tests pass a fresh name each. */
export function createDatabase(name = 'siyaq'): SiyaqDB {
  const db = new Dexie(name) as SiyaqDB;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) => upgradeToV2(tx));
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade((tx) => upgradeToV3(tx));
  return db;
}
