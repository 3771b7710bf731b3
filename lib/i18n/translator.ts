export type Lang = 'ar' | 'en';
type CatalogKey = keyof typeof import('../../public/_locales/en/messages.json');
type PluralCategory = Intl.LDMLPluralRule;
/**
 * A message, or a count message by its base name: chrome.i18n has no plurals, so a count message is one
 * key per plural category (`entityCount_one`, `entityCount_few`, …) and the translator picks the key.
 */
export type MessageKey = Exclude<CatalogKey, `${string}_${PluralCategory}`> | PluralBase<CatalogKey>;
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
/** A count message takes the count as its first substitution. */
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

/** One message of a _locales catalog. */
export interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Catalog = Readonly<Record<string, CatalogEntry>>;

/**
 * A translate function over a catalog in `lang` (with an English fallback catalog for keys it lacks).
 * Count messages take the form of the count's plural category in the catalog's language (Arabic has six).
 */
export function translatorFrom(catalog: Catalog, fallback: Catalog = {}, lang: Lang = 'en'): Translate {
  const rules = new Intl.PluralRules(lang);
  const fallbackRules = new Intl.PluralRules('en');
  const inCatalog = (from: Catalog, plural: Intl.PluralRules, key: string, count: number) =>
    from[key] ?? from[`${key}_${plural.select(count)}`] ?? from[`${key}_other`];
  return (key, ...substitutions) => {
    const count = Number(substitutions[0]);
    const entry = inCatalog(catalog, rules, key, count) ?? inCatalog(fallback, fallbackRules, key, count);
    if (!entry) return key;
    return entry.message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name]?.content ?? '';
      const index = Number(content.replace('$', '')) - 1;
      return index >= 0 ? String(substitutions[index] ?? '') : whole;
    });
  };
}

export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

/**
 * Text from data (a pack's name) set inside a message in the other direction: isolated, so a Latin name
 * in an Arabic sentence does not pull the punctuation and numbers around it out of order.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
