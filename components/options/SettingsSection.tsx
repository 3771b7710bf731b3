import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { WikipediaPermission } from '../../lib/browser/wikipedia-permission.ts';
import type { SiyaqDB } from '../../lib/db/database.ts';
import { resetSettings, type Settings, updateSettings } from '../../lib/db/settings.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { type UiLangPref, writeUiLang } from '../hooks/ui-lang-store.ts';
import { useSettings } from '../hooks/use-settings.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { Toast, type ToastMessage } from './Toast.tsx';

type Props = {
  db: SiyaqDB;
  t: Translate;
  uiLang: UiLangPref;
  onUiLang: (pref: UiLangPref) => void;
  permission: WikipediaPermission;
};

/**
 * Reads and writes the settings, asks for Wikipedia access when enrichment is turned on, and restores the
 * defaults only after asking (with Undo, as an entity delete).
 */
export function SettingsSection({ db, t, uiLang, onUiLang, permission }: Props) {
  const [settings, update] = useSettings(db);
  // undefined until known; the reader can revoke the permission in the browser at any time.
  const [granted, setGranted] = useState<boolean>();
  const [declined, setDeclined] = useState(false);
  useEffect(() => {
    permission.has().then(setGranted, () => setGranted(false));
  }, [permission]);
  const [confirming, setConfirming] = useState(false);
  const [toast, setToast] = useState<ToastMessage | undefined>();
  const dismiss = useCallback(() => setToast(undefined), []);
  // The dialog and the Undo leave the page with focus in them, which would fall to <body>.
  const section = useRef<HTMLElement>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const target = focusNext.current && section.current?.querySelector<HTMLElement>(focusNext.current);
    if (!target) return;
    focusNext.current = null;
    target.focus();
  });
  const setLang = (pref: UiLangPref) => {
    onUiLang(pref);
    void writeUiLang(pref);
  };
  const restoreDefaults = async (previous: Settings) => {
    const previousLang = uiLang;
    await resetSettings(db);
    setLang('auto');
    focusNext.current = '.toast button.primary';
    setToast({
      text: t('settingsResetDone'),
      undo: () => {
        focusNext.current = '#settings-reset';
        void updateSettings(db, previous);
        setLang(previousLang);
      },
    });
  };

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
    <section ref={section} class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      {settings ? (
        <SettingsForm
          t={t}
          // On without the permission (revoked in the browser) fetches nothing, so it shows as off.
          settings={{ ...settings, enrichment: settings.enrichment && granted !== false }}
          enrichmentDeclined={declined}
          uiLang={uiLang}
          onChange={onChange}
          onUiLang={setLang}
          onReset={() => setConfirming(true)}
        />
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
      {toast && <Toast t={t} toast={toast} onDismiss={dismiss} />}
      {confirming && settings && (
        <ConfirmDialog
          t={t}
          title={t('settingsResetConfirm')}
          confirmLabel={t('settingsReset')}
          onCancel={() => {
            focusNext.current = '#settings-reset';
            setConfirming(false);
          }}
          onConfirm={() => {
            setConfirming(false);
            void restoreDefaults(settings);
          }}
        >
          <p class="muted">{t('settingsResetHint')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
