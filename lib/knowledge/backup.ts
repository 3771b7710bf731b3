import type { SiyaqDB } from '../db/database.ts';
import { toEntity, toStoredEntity } from '../db/entities.ts';
import { bumpRevision, markPackRemoved } from '../db/meta.ts';
import type { StoredEntity, StoredPack } from '../db/types.ts';
import { type ExportProgress, readEntities, stripPackRow } from './export.ts';
import { fileError } from './pack-error.ts';
import { parseJsonFile } from './read-pack.ts';
import { type Entity, type PackMeta, USER_PACK_ID } from './types.ts';
import {
  checkEntities,
  checkFormatVersion,
  checkPackMeta,
  entityList,
  entityWhere,
  isRecord,
  ProblemList,
  show,
} from './validate.ts';

/**
 * A backup of the whole knowledge base: every pack with its on/off state, and every entity with the
 * pack it belongs to and whether the user edited it. A plain pack file cannot say either, so a backup
 * restored from one lost the user's edits and turned their own entities into a removable pack.
 */
export interface BackupFile {
  format: 'siyaq-backup';
  format_version: 1;
  created: string;
  /** origin: the kind of file the pack was installed from (a CSV pack may only be updated by CSV). */
  packs: Array<PackMeta & { enabled: boolean; origin?: 'json' | 'csv' }>;
  entities: Array<Entity & { pack: string; user_edited: boolean }>;
}

export interface RestoreResult {
  entities: number;
  packs: number;
}

/** JSON with one entity per line, like pack exports: diffable, and cheap to write for 100k entities. */
export async function exportBackup(
  db: SiyaqDB,
  { now = Date.now(), onProgress }: { now?: number; onProgress?: ExportProgress } = {},
): Promise<string> {
  // Packs and entities from one snapshot: a pack removed meanwhile cannot leave its entities behind.
  const [packs, stored] = await db.transaction(
    'r',
    db.packs,
    db.entities,
    async () => [await db.packs.toArray(), await readEntities(db, undefined, onProgress)] as const,
  );
  const head = JSON.stringify({
    format: 'siyaq-backup',
    format_version: 1,
    created: new Date(now).toISOString(),
    packs: packs.map((row) => ({ ...stripPackRow(row), enabled: row.enabled, origin: row.origin ?? 'json' })),
  });
  const lines = stored.map((e) =>
    JSON.stringify({ ...toEntity(e), pack: e.pack, user_edited: e.userEdited }),
  );
  return `${head.slice(0, -1)},"entities":[\n${lines.join(',\n')}\n]}\n`;
}

/** A parsed file is a backup by its format field, wherever the field is in the file. */
export const isBackup = (value: unknown): boolean => isRecord(value) && value.format === 'siyaq-backup';

/** Reads backup text: malformed JSON and every invalid part are PackErrors, as for pack files. */
export function parseBackup(text: string): BackupFile {
  return readBackup(parseJsonFile(text));
}

/** Validates a parsed backup completely; throws PackError naming every problem (up to the usual limit). */
export function readBackup(input: unknown): BackupFile {
  if (!isRecord(input) || input.format !== 'siyaq-backup') throw fileError('not a Siyaq backup');
  checkFormatVersion(input);
  const problems = new ProblemList();
  const packs: BackupFile['packs'] = [];
  const rawPacks = Array.isArray(input.packs) ? input.packs : [];
  if (!Array.isArray(input.packs)) problems.add('field packs', 'required: a list of packs');
  rawPacks.forEach((raw, i) => {
    const where = `pack ${i + 1}`;
    const meta = checkPackMeta(raw, problems);
    const enabled = isRecord(raw) ? raw.enabled : undefined;
    // Backups from before origin was written hold JSON-installed packs only as far as they can tell.
    const origin = isRecord(raw) ? (raw.origin ?? 'json') : 'json';
    if (typeof enabled !== 'boolean') problems.add(`${where} field enabled`, 'must be true or false');
    else if (origin !== 'json' && origin !== 'csv')
      problems.add(`${where} field origin`, `must be "json" or "csv" (got ${show(origin)})`);
    else if (meta) packs.push({ ...meta, enabled, origin });
  });
  const owners = new Set([USER_PACK_ID, ...packs.map((p) => p.id)]);
  const raws = entityList(input, problems);
  const entities = checkEntities(raws, problems, entityWhere);
  const placed: BackupFile['entities'] = [];
  // checkEntities keeps the valid ones in order; the backup's own two fields are read beside them.
  const valid = new Map(entities.map((e) => [e.id, e]));
  raws.forEach((raw, i) => {
    if (!isRecord(raw)) return;
    const entity = typeof raw.id === 'string' ? valid.get(raw.id) : undefined;
    if (!entity) return;
    if (typeof raw.pack !== 'string' || !owners.has(raw.pack)) {
      problems.add(
        entityWhere(i, raw, 'pack'),
        `must name a pack of the backup or "${USER_PACK_ID}" (got ${show(raw.pack)})`,
      );
    } else if (typeof raw.user_edited !== 'boolean') {
      problems.add(entityWhere(i, raw, 'user_edited'), 'must be true or false');
    } else {
      valid.delete(entity.id);
      placed.push({ ...entity, pack: raw.pack, user_edited: raw.user_edited });
    }
  });
  problems.throwIfAny();
  return {
    format: 'siyaq-backup',
    format_version: 1,
    created: String(input.created ?? ''),
    packs,
    entities: placed,
  };
}

/**
 * Puts a backup's packs and entities back in one transaction: what the backup holds is restored as it
 * was (edits, owners, on/off), what it does not hold stays. A later update of a bundled pack then
 * treats the restored entities as it treats any installed ones.
 */
export async function restoreBackup(
  db: SiyaqDB,
  backup: BackupFile,
  now = Date.now(),
): Promise<RestoreResult> {
  return db.transaction('rw', db.entities, db.packs, db.meta, async () => {
    const stored: StoredEntity[] = backup.entities.map(({ pack, user_edited, ...entity }) =>
      toStoredEntity(entity, pack, user_edited, now),
    );
    await db.entities.bulkPut(stored);
    for (const { origin = 'json', ...meta } of backup.packs) {
      const installed = await db.packs.get(meta.id);
      const pack: StoredPack = {
        ...meta,
        entityCount: 0,
        installedAt: installed?.installedAt ?? now,
        updatedAt: now,
        origin,
      };
      await db.packs.put(pack);
      await markPackRemoved(db, meta.id, false);
    }
    // An entity may have moved between packs: every pack is counted again.
    for (const pack of await db.packs.toArray()) {
      await db.packs.update(pack.id, {
        entityCount: await db.entities.where('pack').equals(pack.id).count(),
      });
    }
    await bumpRevision(db);
    return { entities: stored.length, packs: backup.packs.length };
  });
}
