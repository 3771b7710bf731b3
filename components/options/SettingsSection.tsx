import { useEffect, useState } from 'preact/hooks';
import type { WikipediaPermission } from '../../lib/browser/wikipedia-permission.ts';
import type { SiyaqDB } from '../../lib/db/database.ts';
import { resetSettings, type Settings } from '../../lib/db/settings.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { type UiLangPref, writeUiLang } from '../hooks/ui-lang-store.ts';
import { useSettings } from '../hooks/use-settings.ts';
import { SettingsForm } from './SettingsForm.tsx';

type Props = {
  db: SiyaqDB;
  t: Translate;
  uiLang: UiLangPref;
  onUiLang: (pref: UiLangPref) => void;
  permission: WikipediaPermission;
};

/** Reads and writes the settings, and asks for Wikipedia access when enrichment is turned on. */
export function SettingsSection({ db, t, uiLang, onUiLang, permission }: Props) {
  const [settings, update] = useSettings(db);
  // undefined until known; the reader can revoke the permission in the browser at any time.
  const [granted, setGranted] = useState<boolean>();
  const [declined, setDeclined] = useState(false);
  useEffect(() => {
    permission.has().then(setGranted, () => setGranted(false));
  }, [permission]);

  const onChange = (patch: Partial<Settings>) => {
    if (patch.enrichment === true) {
      // Called in the change event itself, before any await: browsers only prompt in a user gesture.
      permission.request().then(
        async (ok) => {
          setGranted(ok);
          setDeclined(!ok);
          if (ok) await update(patch);
        },
        () => setDeclined(true),
      );
      return;
    }
    if (patch.enrichment === false) {
      setDeclined(false);
      permission.remove().then(
        () => setGranted(false),
        () => {},
      );
    }
    void update(patch);
  };

  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      {settings ? (
        <SettingsForm
          t={t}
          // On without the permission (revoked in the browser) fetches nothing, so it shows as off.
          settings={{ ...settings, enrichment: settings.enrichment && granted !== false }}
          enrichmentDeclined={declined}
          uiLang={uiLang}
          onChange={onChange}
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
