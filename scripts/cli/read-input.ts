import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PackError } from '../../lib/knowledge/pack-error.ts';
import { readPack } from '../../lib/knowledge/read-pack.ts';
import type { PackFile } from '../../lib/knowledge/types.ts';
import { decodeUtf8, InputError } from './input-error.ts';

export const DEFAULT_PACK = fileURLToPath(new URL('../../public/packs/default.json', import.meta.url));

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many symbolic links',
};

export async function readText(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(file, READ_PROBLEMS[code] ?? (error as Error).message);
  }
  return decodeUtf8(file, bytes);
}

/** Reads and validates a pack file (JSON or CSV), turning its problems into one line. */
export async function readPackFile(file: string): Promise<PackFile> {
  const text = await readText(file);
  try {
    return readPack(text, { fileName: file.split('/').pop() ?? file });
  } catch (error) {
    if (error instanceof PackError) throw new InputError(file, error.message.replace(/\s*\n\s*/g, '; '));
    throw error;
  }
}
