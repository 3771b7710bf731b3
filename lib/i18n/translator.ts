export type Lang = 'ar' | 'en';
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

/** One message of a _locales catalog. */
export interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Catalog = Readonly<Record<string, CatalogEntry>>;

/** A translate function over a catalog (with a fallback catalog for keys it lacks). */
export function translatorFrom(catalog: Catalog, fallback: Catalog = {}): Translate {
  return (key, ...substitutions) => {
    const entry = catalog[key] ?? fallback[key];
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
