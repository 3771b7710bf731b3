import type { SiyaqDB } from '../../lib/db/database.ts';
import { resetSettings } from '../../lib/db/settings.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { type UiLangPref, writeUiLang } from '../hooks/ui-lang-store.ts';
import { useSettings } from '../hooks/use-settings.ts';
import { SettingsForm } from './SettingsForm.tsx';

type Props = { db: SiyaqDB; t: Translate; uiLang: UiLangPref; onUiLang: (pref: UiLangPref) => void };

/** Reads and writes the settings; the form itself takes props only. */
export function SettingsSection({ db, t, uiLang, onUiLang }: Props) {
  const [settings, update] = useSettings(db);
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      {settings ? (
        <SettingsForm
          t={t}
          settings={settings}
          uiLang={uiLang}
          onChange={(patch) => void update(patch)}
          onUiLang={(pref) => {
            onUiLang(pref);
            void writeUiLang(pref);
          }}
          onReset={() => {
            void resetSettings(db);
            onUiLang('auto');
            void writeUiLang('auto');
          }}
        />
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
    </section>
  );
}
