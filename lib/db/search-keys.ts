import { normalizeKey, stripProclitics } from '../arabic/index.ts';
import type { Entity } from '../knowledge/types.ts';

/** Shorter word suffixes are noise in a prefix search ("ال", "of"). */
const MIN_SUFFIX = 2;

/**
 * The keys an entity is found by: every name and alias in both languages, normalised, plus each word
 * suffix of the two main names so that "ترامب" finds "دونالد ترامب" through the same prefix index.
 * Aliases get no suffixes: they are mostly short forms already, and every key costs index space.
 */
export function entityKeys(entity: Entity): string[] {
  const keys = new Set<string>();
  const add = (name: string, withSuffixes: boolean) => {
    const key = normalizeKey(name);
    if (!key) return;
    keys.add(key);
    if (!withSuffixes) return;
    for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) {
      const suffix = key.slice(i + 1);
      if (suffix.length >= MIN_SUFFIX) keys.add(suffix);
    }
  };
  add(entity.name_ar, true);
  add(entity.name_en, true);
  for (const alias of [...entity.aliases_ar, ...entity.aliases_en]) add(alias, false);
  return [...keys];
}

/**
 * The keys an A-Z list orders entities by: the normalised name, so أحمد sorts with احمد and case and
 * diacritics do not matter. Code-unit order of normalised Arabic letters is the alphabet's (ا ب ت … ه و
 * ي); a name missing in one language sorts by the other's.
 */
export function sortKeys(entity: Pick<Entity, 'name_ar' | 'name_en'>): { sortAr: string; sortEn: string } {
  const ar = normalizeKey(entity.name_ar);
  const en = normalizeKey(entity.name_en);
  return { sortAr: ar || en, sortEn: en || ar };
}

/**
 * What a typed query may mean, most literal first: the normalised query, then its first word without
 * proclitics (والمغرب → المغرب, للأمن → الأمن), using the matcher's own rules from lib/arabic.
 */
export function queryVariants(query: string): string[] {
  const key = normalizeKey(query);
  if (!key) return [];
  return stripProclitics(key);
}
