import type { SiyaqDB } from '../db/database.ts';
import { getEntities, getEntity } from '../db/entities.ts';
import { getPack } from '../db/packs.ts';
import { getSettings } from '../db/settings.ts';
import { buildCard, type CardView } from '../knowledge/card.ts';

/** Builds an entity's card in the reader's language order, with its related entities' names. */
export async function loadCard(db: SiyaqDB, id: string): Promise<CardView | null> {
  const entity = await getEntity(db, id);
  if (!entity) return null;
  const [related, settings, pack] = await Promise.all([
    getEntities(db, entity.related),
    getSettings(db),
    getPack(db, entity.pack),
  ]);
  const card = buildCard(entity, related, settings.cardLanguageOrder);
  if (pack) card.packName = pack.name;
  return card;
}
