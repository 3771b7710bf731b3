import type { Lang } from '../i18n/translate.ts';
import { buildCard, type CardView } from '../knowledge/card.ts';
import { cardSummary, type SummaryPick, type SummaryTarget } from '../knowledge/wiki-summary.ts';
import type { SiyaqDB } from './database.ts';
import { getEntities, getEntity } from './entities.ts';
import { getPack } from './packs.ts';
import { getSetting } from './settings.ts';
import { readSummary } from './summaries.ts';
import type { StoredEntity } from './types.ts';

/**
 * An entity's card as stored now: its related entities' names, its pack's display name (none for the
 * user's own entities, which have no pack row) and, with enrichment on, its cached summary. The one
 * place the extension pages read a card from; null when the entity is gone.
 */
export async function loadEntityCard(
  db: SiyaqDB,
  id: string,
  langs: readonly Lang[],
): Promise<CardView | null> {
  const [entity, enrichment] = await Promise.all([getEntity(db, id), getSetting(db, 'enrichment')]);
  return entity ? (await enrichedCardOf(db, entity, langs, enrichment)).card : null;
}

/**
 * The card of an entity already read, with its cached summary when enrichment is on, and the article
 * whose summary is not cached yet (for the background to fetch).
 */
export async function enrichedCardOf(
  db: SiyaqDB,
  entity: StoredEntity,
  langs: readonly Lang[],
  enrichment: boolean,
): Promise<{ card: CardView; fetch?: SummaryTarget }> {
  const noSummary: SummaryPick = {};
  const [card, summary] = await Promise.all([
    cardOf(db, entity, langs),
    enrichment ? readSummary(db, entity.id, entity.links, langs) : noSummary,
  ]);
  if (summary.show) card.summary = cardSummary(summary.show);
  return summary.fetch ? { card, fetch: summary.fetch } : { card };
}

/** The card of an entity already read: its related entities' names and its pack's name are read now. */
export async function cardOf(db: SiyaqDB, entity: StoredEntity, langs: readonly Lang[]): Promise<CardView> {
  const [related, pack] = await Promise.all([getEntities(db, entity.related), getPack(db, entity.pack)]);
  const card = buildCard(entity, related, langs);
  if (pack) card.packName = pack.name;
  return card;
}
