import type { SiyaqDB } from '../db/database.ts';
import { toStoredEntity } from '../db/entities.ts';
import { bumpRevision, markPackRemoved } from '../db/meta.ts';
import type { StoredEntity, StoredPack } from '../db/types.ts';
import { fileError } from './pack-error.ts';
import { isJsonText, type ReadPackOptions, readPack } from './read-pack.ts';
import type { PackFile } from './types.ts';
import { compareVersions } from './version.ts';

export interface ImportOptions extends ReadPackOptions {
  /**
   * Install even if the same or a newer version is installed. Defaults to false for JSON and to true for
   * CSV without meta.version: CSV carries no version, so importing it again means "update from this file".
   */
  replace?: boolean;
  onProgress?: (done: number, total: number) => void;
  now?: number;
  /** Entities per bulkPut: large enough to amortise IndexedDB requests, small enough to report progress. */
  chunkSize?: number;
  /**
   * Asked before an update that would delete entities of an installed pack (the file no longer has
   * them): false cancels, and nothing changes. Without it the import goes ahead (scripts, tests).
   */
  confirmRemovals?: (pack: StoredPack, count: number) => Promise<boolean>;
}

/**
 * cancelled: the reader declined the removals; empty: nothing in the file could be imported (no entities,
 * or all of them another pack's), so no empty pack was installed.
 */
export type ImportStatus = 'installed' | 'updated' | 'already-installed' | 'cancelled' | 'empty';

export interface ImportResult {
  status: ImportStatus;
  /** The installed pack (for already-installed: the version that stays). */
  pack: StoredPack;
  added: number;
  updated: number;
  removed: number;
  /** Entities of this pack the user edited: left as the user made them. */
  keptUserEdits: number;
  /** Ids in the file that belong to another pack or to the user: not imported, never taken over. */
  skipped: string[];
}

/**
 * Validates pack input completely (throwing PackError, nothing written), then installs or updates the
 * pack in one transaction: either every change lands or none does. A same-or-older version is not an
 * error: the result says 'already-installed' and nothing changes.
 */
export async function importPack(
  db: SiyaqDB,
  input: unknown,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const file = readPack(input, options);
  const isCsv = typeof input === 'string' && !isJsonText(input, options.fileName);
  const replace = options.replace ?? (isCsv && options.meta?.version === undefined);
  const { confirmRemovals } = options;
  if (confirmRemovals) {
    const installed = await db.packs.get(file.pack.id);
    const count = installed ? await removalsFor(db, file, installed, replace) : 0;
    if (installed && count > 0 && !(await confirmRemovals(installed, count)))
      return unchanged('cancelled', installed, []);
  }
  return applyPack(db, file, isCsv ? 'csv' : 'json', { ...options, replace });
}

/** How many entities an update from `file` would delete from the installed pack (not the edited ones). */
async function removalsFor(
  db: SiyaqDB,
  file: PackFile,
  installed: StoredPack,
  replace: boolean,
): Promise<number> {
  if (!replace && compareVersions(file.pack.version, installed.version) <= 0) return 0;
  const incoming = new Set(file.entities.map((e) => e.id));
  return removedBy(await editsOf(db, installed.id), incoming).length;
}

/** id → userEdited for a pack's current entities. */
async function editsOf(db: SiyaqDB, packId: string): Promise<Map<string, boolean>> {
  const previous = new Map<string, boolean>();
  await db.entities
    .where('pack')
    .equals(packId)
    .each((e) => previous.set(e.id, e.userEdited));
  return previous;
}

/** What an update deletes: the pack's entities the file no longer has, unless the reader edited them. */
const removedBy = (previous: Map<string, boolean>, incoming: Set<string>): string[] =>
  [...previous].filter(([id, edited]) => !edited && !incoming.has(id)).map(([id]) => id);

function unchanged(status: ImportStatus, pack: StoredPack, skipped: string[]): ImportResult {
  return { status, pack, added: 0, updated: 0, removed: 0, keptUserEdits: 0, skipped };
}

async function applyPack(
  db: SiyaqDB,
  file: PackFile,
  origin: 'json' | 'csv',
  options: ImportOptions,
): Promise<ImportResult> {
  const { now = Date.now(), chunkSize = 2_000, onProgress } = options;
  const packId = file.pack.id;
  return db.transaction('rw', db.entities, db.packs, db.meta, async () => {
    const installed = await db.packs.get(packId);
    if (installed && origin === 'csv' && originOf(installed) === 'json') {
      // A CSV export of a JSON pack, imported again under the same name, would erase what CSV cannot hold.
      throw fileError(
        `the pack "${packId}" (${installed.name}) was installed from a JSON pack file; this CSV file has only ` +
          'eight columns and would erase its links, facts and related entities. Import the JSON file, or ' +
          'rename the CSV file to import it as a pack of its own',
      );
    }
    if (installed && !options.replace && compareVersions(file.pack.version, installed.version) <= 0)
      return unchanged('already-installed', installed, []);
    // Every stored id not in `previous` is someone else's.
    const previous = await editsOf(db, packId);
    const taken = new Set((await db.entities.toCollection().primaryKeys()).filter((id) => !previous.has(id)));

    const writes: StoredEntity[] = [];
    const skipped: string[] = [];
    const incoming = new Set<string>();
    let added = 0;
    for (const entity of file.entities) {
      incoming.add(entity.id);
      const edited = previous.get(entity.id);
      if (edited === undefined && taken.has(entity.id)) skipped.push(entity.id);
      else if (edited !== true) {
        writes.push(toStoredEntity(entity, packId, false, now));
        if (edited === undefined) added++;
      }
    }
    // A new pack with nothing of its own (an empty file, or a re-imported export of other packs).
    if (!installed && writes.length === 0) {
      const pack: StoredPack = {
        ...file.pack,
        entityCount: 0,
        enabled: true,
        installedAt: now,
        updatedAt: now,
        origin,
      };
      return unchanged('empty', pack, skipped);
    }
    const removals = removedBy(previous, incoming);
    const keptUserEdits = [...previous.values()].filter(Boolean).length;

    const total = writes.length + removals.length;
    onProgress?.(0, total);
    for (let i = 0; i < writes.length; i += chunkSize) {
      const chunk = writes.slice(i, i + chunkSize);
      await db.entities.bulkPut(chunk);
      onProgress?.(i + chunk.length, total);
    }
    await db.entities.bulkDelete(removals);
    if (removals.length > 0) onProgress?.(total, total);

    const pack: StoredPack = {
      ...file.pack,
      entityCount: await db.entities.where('pack').equals(packId).count(),
      enabled: installed?.enabled ?? true,
      installedAt: installed?.installedAt ?? now,
      updatedAt: now,
      origin,
    };
    await db.packs.put(pack);
    await markPackRemoved(db, packId, false);
    await bumpRevision(db);
    const status = installed ? 'updated' : 'installed';
    return {
      status,
      pack,
      added,
      updated: writes.length - added,
      removed: removals.length,
      keptUserEdits,
      skipped,
    };
  });
}

/** Packs installed before `origin` was stored tell by their source line (read-pack.ts writes it). */
const originOf = (pack: StoredPack): 'json' | 'csv' =>
  pack.origin ?? (pack.source.startsWith('CSV file') ? 'csv' : 'json');
