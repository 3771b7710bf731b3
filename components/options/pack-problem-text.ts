import { isolate, type MessageKey, type Translate } from '../../lib/i18n/translator.ts';
import type { PackProblem } from '../../lib/knowledge/pack-error.ts';
import { translateProblem } from './entity-draft.ts';

/**
 * Where a problem is (`line 3 column name_ar`, `entity 2 (id "x") field aliases_ar[1]`, `field pack.id`,
 * `file`), in the interface language. Field names, ids and columns are the file's own words: isolated.
 */
export function problemPlace(where: string, t: Translate): string {
  if (where === 'file') return t('problemFile');
  const line = /^line (\d+)(?: column (.+))?$/.exec(where);
  if (line) return join(t, t('problemLine', line[1]!), line[2] && t('problemColumn', isolate(line[2])));
  const entity = /^entity (\d+)(?: \(id (.+?)\))?(?: field (.+))?$/.exec(where);
  if (entity) {
    const id = entity[2] ? ` (${isolate(entity[2])})` : '';
    return join(t, t('problemEntity', entity[1]!) + id, entity[3] && t('problemField', isolate(entity[3])));
  }
  const field = /^field (.+)$/.exec(where);
  if (field) return t('problemField', isolate(field[1]!));
  return isolate(where);
}

/** File-level messages of pack and backup reading; captured groups go into the translation, in order. */
const FILE_PROBLEMS: Array<[RegExp, MessageKey]> = [
  [/^the file is empty$/, 'problemEmpty'],
  [/^malformed JSON/, 'problemJson'],
  [/^malformed CSV/, 'problemCsvQuotes'],
  [/^not a Siyaq pack/, 'problemNotPack'],
  [/^not a Siyaq backup/, 'problemNotBackup'],
  [/^the header must be exactly (.+)$/, 'problemHeader'],
  [/^expected \d+ columns, got (\d+)$/, 'problemColumns'],
  [/^too large: (.+), the limit is (.+)$/, 'problemTooLarge'],
  [/^duplicate id/, 'problemDuplicateId'],
  [/was installed from a JSON pack file/, 'problemCsvOverJson'],
  [/^must be one of (.+) \(got (.+)\)$/, 'problemOneOf'],
];

/** What is wrong, in the interface language where the message is a known one; else as written, isolated. */
export function problemMessage(message: string, t: Translate): string {
  for (const [pattern, key] of FILE_PROBLEMS) {
    const match = pattern.exec(message);
    if (match) return t(key, ...match.slice(1).map((group) => isolate(group ?? '')));
  }
  const translated = translateProblem(message, t);
  return translated === message ? isolate(message) : translated;
}

/** A problem as the import form shows it. */
export function problemText(
  { where, message }: PackProblem,
  t: Translate,
): { where: string; message: string } {
  return { where: problemPlace(where, t), message: problemMessage(message, t) };
}

const join = (t: Translate, base: string, detail: string | undefined) =>
  detail ? `${base}${t('problemSeparator')}${detail}` : base;
