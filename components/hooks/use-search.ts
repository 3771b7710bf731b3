import type { SiyaqDB } from '../../lib/db/database.ts';
import { type SearchOptions, searchEntities } from '../../lib/db/search.ts';
import type { StoredEntity } from '../../lib/db/types.ts';
import { type LiveResult, useLiveQuery } from './use-live-query.ts';

/** Live search over the whole knowledge base (normalised, clitic-tolerant, Arabic or English names). */
export function useSearch(
  db: SiyaqDB,
  query: string,
  options: SearchOptions = {},
): LiveResult<StoredEntity[]> {
  const { type, pack, limit, offset } = options;
  return useLiveQuery(
    () => (query.trim() ? searchEntities(db, query, { type, pack, limit, offset }) : []),
    [db, query, type, pack, limit, offset],
  );
}
