import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';

export type Lang = 'ar' | 'en';
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// The _locales catalogs are bundled (not read through browser.i18n) so the UI language can be switched
// in settings without restarting the browser, and so lib/ stays free of extension APIs.
const catalogs: Record<Lang, Record<string, CatalogEntry>> = { ar, en };

export function createTranslator(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, ...substitutions) => {
    const entry = catalog[key] ?? catalogs.en[key];
    if (!entry) return key;
    return entry.message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name]?.content ?? '';
      const index = Number(content.replace('$', '')) - 1;
      return index >= 0 ? String(substitutions[index] ?? '') : whole;
    });
  };
}

/** Resolves the interface language: an explicit setting wins, else the browser's language. */
export function pickLang(setting: 'auto' | Lang, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
