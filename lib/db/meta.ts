import type { SiyaqDB } from './database.ts';

const REVISION = 'knowledgeRevision';
const MATCHER = 'compiledMatcher';
const REMOVED_PACKS = 'removedPacks';

/** A serialised matcher and the knowledge revision it was compiled from. */
export interface CompiledMatcherRecord {
  revision: number;
  data: ArrayBuffer;
}

/**
 * The knowledge revision: bumped in the same transaction as every change to entities or packs, so a
 * stored matcher is current exactly when its revision equals this one. The background can watch it with
 * liveQuery(() => getRevision(db)) to recompile (debounced) after edits made in the options page.
 */
export async function getRevision(db: SiyaqDB): Promise<number> {
  const row = await db.meta.get(REVISION);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** Call inside a rw transaction that includes db.meta (Dexie reuses the ambient transaction). */
export async function bumpRevision(db: SiyaqDB): Promise<number> {
  const next = (await getRevision(db)) + 1;
  await db.meta.put({ key: REVISION, value: next });
  return next;
}

export async function saveCompiledMatcher(db: SiyaqDB, record: CompiledMatcherRecord): Promise<void> {
  await db.meta.put({ key: MATCHER, value: record });
}

/** The stored matcher, only if it was compiled from the current revision. */
export async function loadCompiledMatcher(db: SiyaqDB): Promise<CompiledMatcherRecord | undefined> {
  return db.transaction('r', db.meta, async () => {
    const [row, revision] = await Promise.all([db.meta.get(MATCHER), getRevision(db)]);
    const record = row?.value as CompiledMatcherRecord | undefined;
    return record && record.revision === revision ? record : undefined;
  });
}

/** Packs the user removed: a bundled pack stays removed across restarts and updates. */
export async function removedPacks(db: SiyaqDB): Promise<string[]> {
  const row = await db.meta.get(REMOVED_PACKS);
  return Array.isArray(row?.value) ? (row.value as string[]) : [];
}

/** Call inside a rw transaction that includes db.meta. */
export async function markPackRemoved(db: SiyaqDB, id: string, removed: boolean): Promise<void> {
  const ids = new Set(await removedPacks(db));
  if (ids.has(id) === removed) return;
  if (removed) ids.add(id);
  else ids.delete(id);
  await db.meta.put({ key: REMOVED_PACKS, value: [...ids] });
}
