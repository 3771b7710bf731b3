import { parseCsvEntities } from './csv.ts';
import { LIMITS, utf8ByteLength } from './limits.ts';
import { fileError, type PackError } from './pack-error.ts';
import type { PackFile, PackMeta } from './types.ts';
import { checkPackMeta, ProblemList, validatePackFile } from './validate.ts';

export interface ReadPackOptions {
  /** The file's name: a CSV pack's id and name default from it. */
  fileName?: string;
  /** Metadata for CSV input, which carries none of its own. */
  meta?: Partial<PackMeta>;
}

/**
 * Turns pack input into a validated PackFile or throws PackError. Input is pack text (JSON, or CSV with
 * the Siyaq header) or an already parsed object. Text over the size limit is refused before parsing.
 */
export function readPack(input: unknown, options: ReadPackOptions = {}): PackFile {
  if (typeof input !== 'string') return validatePackFile(input);
  if (isJsonText(input, options.fileName)) return validatePackFile(parseJsonFile(input));
  checkSize(input);
  if (isBlank(input)) throw fileError('the file is empty');
  return readCsvPack(input, options);
}

/**
 * JSON: a file named .json, or text that starts with an object (or, wrongly, an array); anything else is
 * CSV. By name too, so an empty or broken .json file is not told about a CSV header.
 */
export const isJsonText = (text: string, fileName = ''): boolean =>
  /\.json$/i.test(fileName) || /^\uFEFF?\s*[{[]/.test(text);

const isBlank = (text: string): boolean => /^\uFEFF?\s*$/.test(text);

/** The value of a JSON file, size checked; an empty file and malformed JSON are PackErrors. */
export function parseJsonFile(text: string): unknown {
  checkSize(text);
  if (isBlank(text)) throw fileError('the file is empty');
  return parseJson(text);
}

/** Rejects text over LIMITS.fileBytes; the cheap length test decides the common cases. */
export function checkSize(text: string): void {
  // A UTF-16 code unit is at least one UTF-8 byte: past the limit in units, no need to count bytes.
  const overByLength = text.length > LIMITS.fileBytes;
  const bytes = overByLength ? text.length : utf8ByteLength(text);
  if (bytes > LIMITS.fileBytes) throw tooLarge(bytes, overByLength);
}

/** The one problem of a file over LIMITS.fileBytes (`atLeast`: only a lower bound was measured). */
export function tooLarge(bytes: number, atLeast = false): PackError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return fileError(
    `too large: ${atLeast ? 'at least ' : ''}${mb(bytes)}, the limit is ${mb(LIMITS.fileBytes)}`,
  );
}

/** JSON.parse with a leading BOM allowed and a PackError for malformed text. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw fileError(`malformed JSON: ${(error as Error).message}`);
  }
}

function readCsvPack(text: string, { fileName = '', meta = {} }: ReadPackOptions): PackFile {
  const entities = parseCsvEntities(text);
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '');
  const problems = new ProblemList();
  const pack = checkPackMeta(
    {
      id: csvPackId(base),
      name: base || 'CSV import',
      version: '1.0.0',
      source: fileName ? `CSV file ${fileName}` : 'CSV file',
      license: '',
      ...meta,
    },
    problems,
  );
  problems.throwIfAny();
  return { format: 'siyaq-pack', format_version: 1, pack: pack as PackMeta, entities };
}

/**
 * The pack id of a CSV file, from its name: the same file updates its own pack, and another file makes
 * another pack. A name with letters an id cannot hold (مدن.csv, أشخاص.csv) gets a hash of the whole
 * name: slugging kept nothing of it, and every such file replaced the last one's pack.
 */
function csvPackId(base: string): string {
  if (base === '') return 'csv-import';
  if (/^[\x20-\x7e]*$/.test(base)) return slug(base) || `csv-${nameHash(base)}`;
  const ascii = slug(base).slice(0, 100);
  return `csv-${ascii ? `${ascii}-` : ''}${nameHash(base)}`;
}

/** FNV-1a over the name's UTF-16 units, 8 hex digits. */
function nameHash(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
    .slice(0, 128);
