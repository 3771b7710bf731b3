import type { SiyaqDB } from '../db/database.ts';
import { isBackup, type RestoreResult, readBackup, restoreBackup } from './backup.ts';
import { type ImportOptions, type ImportResult, importPack } from './import.ts';
import { isJsonText, parseJsonFile } from './read-pack.ts';

export type FileImport =
  | { kind: 'restored'; result: RestoreResult }
  | { kind: 'imported'; result: ImportResult };

/**
 * A file the reader chose to import: a backup is restored, anything else is imported as a pack. A JSON
 * file is parsed once and told apart by its format field, so a backup whose keys were reordered (jq -S)
 * is still a backup.
 */
export async function importFile(
  db: SiyaqDB,
  input: unknown,
  options: ImportOptions = {},
): Promise<FileImport> {
  const value =
    typeof input === 'string' && isJsonText(input, options.fileName) ? parseJsonFile(input) : input;
  if (isBackup(value)) return { kind: 'restored', result: await restoreBackup(db, readBackup(value)) };
  return { kind: 'imported', result: await importPack(db, value, options) };
}
