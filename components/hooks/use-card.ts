import type { SiyaqDB } from '../../lib/db/database.ts';
import { loadEntityCard } from '../../lib/db/entity-card.ts';
import type { Lang } from '../../lib/i18n/translate.ts';
import type { CardView } from '../../lib/knowledge/card.ts';
import { type LiveResult, useLiveQuery } from './use-live-query.ts';

/** An entity's card built from Dexie, live: an edit in the options page shows up at once. null = gone. */
export function useCard(db: SiyaqDB, id: string, langs: readonly Lang[]): LiveResult<CardView | null> {
  return useLiveQuery(() => loadEntityCard(db, id, langs), [db, id, langs.join()]);
}
