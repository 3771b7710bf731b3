import type { SiyaqDB } from '../db/database.ts';
import { loadEntityCard } from '../db/entity-card.ts';
import { getSettings } from '../db/settings.ts';
import type { CardView } from '../knowledge/card.ts';

/** The hover card of an entity, in the reader's card language order. */
export async function loadCard(db: SiyaqDB, id: string): Promise<CardView | null> {
  const settings = await getSettings(db);
  return loadEntityCard(db, id, settings.cardLanguageOrder);
}
