import type { Lang } from '../i18n/translate.ts';
import { buildCard, type CardView } from '../knowledge/card.ts';
import type { SiyaqDB } from './database.ts';
import { getEntities, getEntity } from './entities.ts';
import { getPack } from './packs.ts';
import type { StoredEntity } from './types.ts';

/**
 * An entity's card as stored now: its related entities' names and its pack's display name (none for the
 * user's own entities, which have no pack row). The one place the hover card and the extension pages
 * read a card from; null when the entity is gone.
 */
export async function loadEntityCard(
  db: SiyaqDB,
  id: string,
  langs: readonly Lang[],
): Promise<CardView | null> {
  const entity = await getEntity(db, id);
  return entity ? cardOf(db, entity, langs) : null;
}

/** The card of an entity already read: its related entities' names and its pack's name are read now. */
export async function cardOf(db: SiyaqDB, entity: StoredEntity, langs: readonly Lang[]): Promise<CardView> {
  const [related, pack] = await Promise.all([getEntities(db, entity.related), getPack(db, entity.pack)]);
  const card = buildCard(entity, related, langs);
  if (pack) card.packName = pack.name;
  return card;
}
