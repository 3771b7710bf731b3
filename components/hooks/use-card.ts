import type { SiyaqDB } from '../../lib/db/database.ts';
import { getEntities, getEntity } from '../../lib/db/entities.ts';
import type { Lang } from '../../lib/i18n/translate.ts';
import { buildCard, type CardView } from '../../lib/knowledge/card.ts';
import { USER_PACK_ID } from '../../lib/knowledge/types.ts';
import { type LiveResult, useLiveQuery } from './use-live-query.ts';

export interface CardData {
  card: CardView;
  /** The pack's display name; undefined for the user's own entities (the UI says "My entities"). */
  packName?: string;
}

/** An entity's card built from Dexie, live: an edit in the options page shows up at once. null = gone. */
export function useCard(db: SiyaqDB, id: string, langs: readonly Lang[]): LiveResult<CardData | null> {
  return useLiveQuery(async () => {
    const entity = await getEntity(db, id);
    if (!entity) return null;
    const [related, pack] = await Promise.all([
      getEntities(db, entity.related),
      entity.pack === USER_PACK_ID ? undefined : db.packs.get(entity.pack),
    ]);
    return {
      card: buildCard(entity, related, langs),
      packName: pack?.name ?? (entity.pack === USER_PACK_ID ? undefined : entity.pack),
    };
  }, [db, id, langs.join()]);
}
