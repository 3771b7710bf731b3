import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import { type Catalog, type Lang, type Translate, translatorFrom } from './translator.ts';

export {
  type Catalog,
  dirOf,
  type Lang,
  type MessageKey,
  type Translate,
  translatorFrom,
} from './translator.ts';

// The _locales catalogs are bundled (not read through browser.i18n) so the UI language can be switched
// in settings without restarting the browser, and so lib/ stays free of extension APIs.
const catalogs: Record<Lang, Catalog> = { ar, en };

export function createTranslator(lang: Lang): Translate {
  return translatorFrom(catalogs[lang], catalogs.en, lang);
}

/**
 * The messages a hover card needs, in one language. The content script gets them from the background
 * instead of bundling both catalogs, which would double its size.
 */
export function cardMessages(lang: Lang): Catalog {
  const picked: Record<string, Catalog[string]> = {};
  for (const [key, entry] of Object.entries(catalogs[lang]))
    if (/^(card|type|link)/.test(key)) picked[key] = entry;
  return picked;
}

/** Resolves the interface language: an explicit setting wins, else the browser's language. */
export function pickLang(setting: 'auto' | Lang, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
