import type { UiLocale } from '../lib/browser/ui-lang.ts';

type Props = { locale: UiLocale };

/** The options page: knowledge packs, entities and settings. */
export function OptionsApp({ locale }: Props) {
  const { t } = locale;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <nav>
        <button type="button">{t('tabEntities')}</button>
        <button type="button">{t('tabPacks')}</button>
        <button type="button">{t('tabSettings')}</button>
      </nav>
    </main>
  );
}
