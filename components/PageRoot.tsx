import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyLocale, type UiLocale, uiLocale } from '../lib/browser/ui-lang.ts';
import type { SiyaqDB } from '../lib/db/database.ts';
import type { MessageKey } from '../lib/i18n/translate.ts';
import { type UiLangPref, watchUiLang } from './hooks/ui-lang-store.ts';
import { useSettings } from './hooks/use-settings.ts';

type Props = {
  db: SiyaqDB;
  initialLang: UiLangPref;
  titleKey: MessageKey;
  children: (locale: UiLocale, setLang: (pref: UiLangPref) => void, pref: UiLangPref) => ComponentChildren;
};

/** Every extension page's root: applies the interface language (lang, dir, title) and the theme, live. */
export function PageRoot({ db, initialLang, titleKey, children }: Props) {
  const [pref, setPref] = useState(initialLang);
  const [settings] = useSettings(db);
  const locale = useMemo(() => uiLocale(pref), [pref]);
  useEffect(() => watchUiLang(setPref), []);
  useEffect(() => applyLocale(document, locale, locale.t(titleKey)), [locale, titleKey]);
  useEffect(() => {
    document.documentElement.dataset.theme = settings?.theme ?? 'auto';
  }, [settings?.theme]);
  return <>{children(locale, setPref, pref)}</>;
}
