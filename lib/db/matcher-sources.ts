import type { MatcherSource } from '../match/types.ts';
import type { SiyaqDB } from './database.ts';

/**
 * What the background compiles the matcher from: the Arabic names and aliases of every entity in an
 * enabled pack, plus the user's own entities (which have no pack row and are always on).
 */
export async function loadMatcherSources(db: SiyaqDB): Promise<MatcherSource[]> {
  return db.transaction('r', db.entities, db.packs, async () => {
    const disabled = new Set((await db.packs.toArray()).filter((p) => !p.enabled).map((p) => p.id));
    const sources: MatcherSource[] = [];
    await db.entities.each((e) => {
      if (disabled.has(e.pack)) return;
      sources.push({ id: e.id, aliases: [e.name_ar, ...e.aliases_ar] });
    });
    return sources;
  });
}
