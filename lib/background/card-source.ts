import type { SiyaqDB } from '../db/database.ts';
import { getEntity } from '../db/entities.ts';
import { cardOf } from '../db/entity-card.ts';
import { getSettings } from '../db/settings.ts';
import type { CardView } from '../knowledge/card.ts';

/** The hover card of an entity, in the reader's card language order. */
export async function loadCard(db: SiyaqDB, id: string): Promise<CardView | null> {
  // Read together: each read is a round trip to the database, and the reader is waiting.
  const [settings, entity] = await Promise.all([getSettings(db), getEntity(db, id)]);
  return entity ? cardOf(db, entity, settings.cardLanguageOrder) : null;
}
