/**
 * Hard limits for knowledge packs. They bound what a hostile or broken file can cost (memory, the
 * matcher's size, the card's layout) while leaving ample room for real packs: the default pack is
 * about 1% of the entity limit and no real entity has more than a few dozen aliases.
 */
export const LIMITS = {
  /** Bytes of pack text (JSON or CSV); checked before parsing. */
  // Room for a 100,000-entity pack (about 41 MB of JSON); a 50 MB file is refused.
  fileBytes: 45 * 1024 * 1024,
  entities: 200_000,
  aliasesPerLanguage: 200,
  nameChars: 200,
  aliasChars: 200,
  descriptionChars: 2_000,
  facts: 30,
  factChars: 300,
  related: 100,
  wikipediaTitleChars: 300,
  urlChars: 2_000,
  metaChars: 500,
  versionChars: 32,
} as const;

/** Entity and pack ids: lower-case, stable, safe in URLs, file names and CSV without quoting. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,127}$/;
/** "1", "1.2", "1.2.0", optionally with a pre-release or build suffix ("1.2.0-beta.1"). */
export const VERSION_PATTERN = /^\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z.-]+)?$/;
export const WIKIDATA_PATTERN = /^Q[1-9]\d*$/;
/** YYYY, YYYY-MM or YYYY-MM-DD. */
const AS_OF_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** An AS_OF_PATTERN text whose month and day exist: 2024-02-29 does, 2025-02-29 and 2025-13 do not. */
export function isCalendarDate(text: string): boolean {
  if (!AS_OF_PATTERN.test(text)) return false;
  const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1) return false;
  // Leap years repeat every 400 years, and Date.UTC would read a year below 100 as 19xx.
  return day <= new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
}

/** How many problems a PackError message spells out; the full list stays on the error. */
export const PROBLEMS_IN_MESSAGE = 10;
/** Validation stops collecting after this many problems: a broken 100k-entity file should fail fast. */
export const MAX_PROBLEMS = 200;

/**
 * UTF-8 size of a string without allocating an encoded copy. A UTF-16 code unit is at most 3 UTF-8
 * bytes and a surrogate pair (2 units) is 4, so the caller can skip this when length alone decides.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
