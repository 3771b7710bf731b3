import type { SiyaqDB } from '../db/database.ts';
import { toEntity } from '../db/entities.ts';
import type { StoredEntity } from '../db/types.ts';
import { entitiesToCsv } from './csv.ts';
import { type Entity, type PackFile, type PackMeta, USER_PACK_ID } from './types.ts';

export type ExportFormat = 'json' | 'csv';

/** Entities read so far of all to read: a large export takes seconds, and the reader sees it move. */
export type ExportProgress = (done: number, total: number) => void;

const READ_CHUNK = 2_000;

/** Pack id under which the user's own entities are exported ("user" itself is reserved on import). */
export const USER_EXPORT_ID = 'my-entities';
export const ALL_EXPORT_ID = 'siyaq-export';

/**
 * One installed pack, or the user's own entities (packId USER_PACK_ID), as pack text that importPack
 * reads back. User-edited entities are exported as edited. CSV keeps only its eight columns.
 */
export async function exportPack(
  db: SiyaqDB,
  packId: string,
  format: ExportFormat,
  { now = Date.now(), onProgress }: { now?: number; onProgress?: ExportProgress } = {},
): Promise<string> {
  const stored = await readEntities(db, packId, onProgress);
  const installed = await db.packs.get(packId);
  const meta: PackMeta = installed
    ? stripPackRow(installed)
    : exportMeta(packId === USER_PACK_ID ? USER_EXPORT_ID : packId, 'My entities', now);
  return serialise(
    { format: 'siyaq-pack', format_version: 1, pack: meta, entities: stored.map(toEntity) },
    format,
  );
}

/** Every entity of every pack and the user's own, as one pack (a backup). */
export async function exportAll(
  db: SiyaqDB,
  format: ExportFormat,
  { now = Date.now(), onProgress }: { now?: number; onProgress?: ExportProgress } = {},
): Promise<string> {
  const entities = (await readEntities(db, undefined, onProgress)).map(toEntity);
  const meta = exportMeta(ALL_EXPORT_ID, 'Siyaq export', now);
  return serialise({ format: 'siyaq-pack', format_version: 1, pack: meta, entities }, format);
}

/**
 * One pack's entities, or all (packId undefined), in id order. Read in chunks so the reader sees progress
 * and the page paints between them; in one read transaction, so an edit made meanwhile is all in or all out.
 */
export function readEntities(
  db: SiyaqDB,
  packId: string | undefined,
  onProgress?: ExportProgress,
): Promise<StoredEntity[]> {
  return db.transaction('r', db.entities, async () => {
    const keys =
      packId === undefined
        ? await db.entities.toCollection().primaryKeys()
        : await db.entities.where('pack').equals(packId).primaryKeys();
    const out: StoredEntity[] = [];
    onProgress?.(0, keys.length);
    for (let i = 0; i < keys.length; i += READ_CHUNK) {
      const rows = await db.entities.bulkGet(keys.slice(i, i + READ_CHUNK));
      for (const row of rows) if (row) out.push(row);
      onProgress?.(Math.min(i + READ_CHUNK, keys.length), keys.length);
    }
    return out;
  });
}

/** JSON with one entity per line: diffable, and cheap to write for 100k entities. */
export function serialise(file: PackFile, format: ExportFormat): string {
  if (format === 'csv') return entitiesToCsv(file.entities);
  const head = JSON.stringify({ format: file.format, format_version: file.format_version, pack: file.pack });
  const lines = file.entities.map((e: Entity) => JSON.stringify(e));
  return `${head.slice(0, -1)},"entities":[\n${lines.join(',\n')}\n]}\n`;
}

/** A stored pack row's metadata, as a pack file carries it. */
export function stripPackRow(row: PackMeta): PackMeta {
  const { id, name, version, description, source, license, as_of } = row;
  const meta: PackMeta = { id, name, version, source, license };
  if (description) meta.description = description;
  if (as_of) meta.as_of = as_of;
  return meta;
}

/** Exports of user data get a date-time version so a later export replaces an earlier one on import. */
function exportMeta(id: string, name: string, now: number): PackMeta {
  const d = new Date(now);
  const time = d.getUTCHours() * 10_000 + d.getUTCMinutes() * 100 + d.getUTCSeconds();
  const version = `${d.getUTCFullYear()}.${d.getUTCMonth() + 1}.${d.getUTCDate()}.${time}`;
  return { id, name, version, source: 'Siyaq export', license: '' };
}
