import type { SiyaqDB } from './database.ts';
import type { StoredCard } from './types.ts';

/** How long an enrichment stays fresh unless the caller says otherwise. */
export const DEFAULT_CARD_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A cached enrichment if it has not expired; expired entries read as missing (the card falls back). */
export async function getCachedCard<T>(
  db: SiyaqDB,
  entityId: string,
  lang: string,
  now = Date.now(),
): Promise<StoredCard<T> | undefined> {
  const card = await db.cards.get([entityId, lang]);
  return card && card.expiresAt > now ? (card as StoredCard<T>) : undefined;
}

export async function putCachedCard<T>(
  db: SiyaqDB,
  entityId: string,
  lang: string,
  payload: T,
  { ttlMs = DEFAULT_CARD_TTL_MS, now = Date.now() } = {},
): Promise<StoredCard<T>> {
  const card: StoredCard<T> = { entityId, lang, fetchedAt: now, expiresAt: now + ttlMs, payload };
  await db.cards.put(card);
  return card;
}

/** Deletes expired entries; returns how many. Cheap thanks to the expiresAt index. */
export function purgeExpiredCards(db: SiyaqDB, now = Date.now()): Promise<number> {
  return db.cards.where('expiresAt').belowOrEqual(now).delete();
}
