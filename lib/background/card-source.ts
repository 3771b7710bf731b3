import type { SiyaqDB } from '../db/database.ts';
import { getEntity } from '../db/entities.ts';
import { enrichedCardOf } from '../db/entity-card.ts';
import { getSettings } from '../db/settings.ts';
import type { CardView } from '../knowledge/card.ts';
import type { Enrichment } from './enrichment.ts';

/**
 * The hover card of an entity, in the reader's card language order, with its cached summary. A summary
 * not cached yet is fetched in the background: the reader never waits for the network.
 */
export async function loadCard(db: SiyaqDB, id: string, enrichment?: Enrichment): Promise<CardView | null> {
  // Read together: each read is a round trip to the database, and the reader is waiting.
  const [settings, entity] = await Promise.all([getSettings(db), getEntity(db, id)]);
  if (!entity) return null;
  const { card, fetch } = await enrichedCardOf(db, entity, settings.cardLanguageOrder, settings.enrichment);
  if (fetch && enrichment) {
    void enrichment.fetchSummary(entity.id, fetch);
    card.summaryPending = true;
  }
  return card;
}
