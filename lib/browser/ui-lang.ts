import { browser } from 'wxt/browser';
import { createTranslator, dirOf, type Lang, pickLang, type Translate } from '../i18n/translate.ts';

export interface UiLocale {
  lang: Lang;
  dir: 'rtl' | 'ltr';
  t: Translate;
}

/** The interface language of an extension page: the saved choice, else the browser's language. */
export function uiLocale(setting: 'auto' | Lang = 'auto'): UiLocale {
  const lang = pickLang(setting, browser.i18n.getUILanguage());
  return { lang, dir: dirOf(lang), t: createTranslator(lang) };
}

/** Sets lang/dir on the page's root so the whole layout (and screen readers) follow the language. */
export function applyLocale(doc: Document, locale: UiLocale, title: string): void {
  doc.documentElement.lang = locale.lang;
  doc.documentElement.dir = locale.dir;
  doc.title = title;
}
