import type { Lang } from '../i18n/translate.ts';
import type { EntityLinks } from '../knowledge/types.ts';
import {
  pickSummary,
  type SummaryEntry,
  type SummaryPick,
  type SummaryTarget,
  summaryTargets,
  type WikiSummary,
} from '../knowledge/wiki-summary.ts';
import { DEFAULT_CARD_TTL_MS, getCachedCard, putCachedCard } from './cards.ts';
import type { SiyaqDB } from './database.ts';

/** A failed fetch is remembered this long, so hovering a name again does not ask the network again. */
export const FAILURE_TTL_MS = 60 * 60 * 1000;

/** The cached summary a card shows, and the article still to fetch (see pickSummary). */
export async function readSummary(
  db: SiyaqDB,
  entityId: string,
  links: EntityLinks,
  langs: readonly Lang[],
  now = Date.now(),
): Promise<SummaryPick> {
  const targets = summaryTargets(links, langs);
  if (targets.length === 0) return {};
  const entries = await Promise.all(
    targets.map(async (t) => (await getCachedCard<SummaryEntry>(db, entityId, t.lang, now))?.payload),
  );
  return pickSummary(targets, entries);
}

/** Caches a fetched summary for the usual TTL, or a failure (null) briefly. */
export async function storeSummary(
  db: SiyaqDB,
  entityId: string,
  target: SummaryTarget,
  summary: WikiSummary | null,
  now = Date.now(),
): Promise<void> {
  const entry: SummaryEntry = { title: target.title, summary };
  const ttlMs = summary ? DEFAULT_CARD_TTL_MS : FAILURE_TTL_MS;
  await putCachedCard(db, entityId, target.lang, entry, { ttlMs, now });
}
