import { browser } from 'wxt/browser';
import type { Lang } from '../../lib/i18n/translate.ts';

export type UiLangPref = 'auto' | Lang;

// The interface language lives in storage.local, not in the Dexie settings: the pages need it before
// their first paint and the background can read it without opening the database.
const KEY = 'uiLang';

const parse = (value: unknown): UiLangPref => (value === 'ar' || value === 'en' ? value : 'auto');

export async function readUiLang(): Promise<UiLangPref> {
  const stored = await browser.storage.local.get(KEY).catch(() => ({}) as Record<string, unknown>);
  return parse((stored as Record<string, unknown>)[KEY]);
}

export function writeUiLang(pref: UiLangPref): Promise<void> {
  return browser.storage.local.set({ [KEY]: pref });
}

/** Calls back when another page (the options page) changes the interface language. */
export function watchUiLang(listener: (pref: UiLangPref) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(parse(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
