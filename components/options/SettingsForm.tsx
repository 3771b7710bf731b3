import type { Settings } from '../../lib/db/settings.ts';
import type { MessageKey, Translate } from '../../lib/i18n/translate.ts';
import type { UiLangPref } from '../hooks/ui-lang-store.ts';
import { SiteList } from './SiteList.tsx';

type Props = {
  t: Translate;
  settings: Settings;
  /** The reader declined the permission enrichment needs: say why the toggle stayed off. */
  enrichmentDeclined?: boolean;
  uiLang: UiLangPref;
  onChange: (patch: Partial<Settings>) => void;
  onUiLang: (pref: UiLangPref) => void;
  onReset: () => void;
};

type Option<T extends string> = [T, MessageKey];

const ORDERS: Array<Option<string>> = [
  ['ar,en', 'orderArEn'],
  ['en,ar', 'orderEnAr'],
  ['ar', 'orderAr'],
  ['en', 'orderEn'],
];

/** Every setting as a labelled control; props only (SettingsSection reads and writes them). */
export function SettingsForm({
  t,
  settings,
  enrichmentDeclined,
  uiLang,
  onChange,
  onUiLang,
  onReset,
}: Props) {
  const select = <T extends string>(
    id: string,
    label: MessageKey,
    value: T,
    options: Array<Option<T>>,
    set: (v: T) => void,
  ) => (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <select id={id} value={value} onChange={(event) => set(event.currentTarget.value as T)}>
        {options.map(([v, key]) => (
          <option key={v} value={v}>
            {t(key)}
          </option>
        ))}
      </select>
    </div>
  );
  const check = (
    id: string,
    label: MessageKey,
    checked: boolean,
    set: (v: boolean) => void,
    hint?: MessageKey,
  ) => (
    <div class="field check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => set(event.currentTarget.checked)}
      />
      <label for={id}>{t(label)}</label>
      {hint && (
        <p id={`${id}-hint`} class="muted hint">
          {t(hint)}
        </p>
      )}
    </div>
  );
  return (
    <form class="settings-form" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('settingsPageGroup')}</legend>
        {check('set-highlights', 'settingsHighlights', settings.highlights, (highlights) =>
          onChange({ highlights }),
        )}
        {select(
          'set-style',
          'settingsHighlightStyle',
          settings.highlightStyle,
          [
            ['underline', 'styleUnderline'],
            ['background', 'styleBackground'],
          ],
          (highlightStyle) => onChange({ highlightStyle }),
        )}
        <div class="field">
          <label for="set-delay">{t('settingsHoverDelay')}</label>
          <input
            id="set-delay"
            type="number"
            min={0}
            max={5000}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(event) => {
              const input = event.currentTarget;
              // A cleared field is not "no delay": it goes back to the delay in force.
              const value = input.value.trim() === '' ? Number.NaN : Math.round(Number(input.value));
              if (Number.isFinite(value)) onChange({ hoverDelayMs: Math.min(5000, Math.max(0, value)) });
              else input.value = String(settings.hoverDelayMs);
            }}
          />
        </div>
        {select(
          'set-modifier',
          'settingsModifier',
          settings.modifierKey,
          [
            ['none', 'modifierNone'],
            ['alt', 'modifierAlt'],
            ['ctrl', 'modifierCtrl'],
            ['shift', 'modifierShift'],
          ],
          (modifierKey) => onChange({ modifierKey }),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('settingsCardGroup')}</legend>
        {select('set-order', 'settingsCardOrder', settings.cardLanguageOrder.join(','), ORDERS, (order) =>
          onChange({ cardLanguageOrder: order.split(',') as Settings['cardLanguageOrder'] }),
        )}
        {check(
          'set-enrichment',
          'settingsEnrichment',
          settings.enrichment,
          (enrichment) => onChange({ enrichment }),
          'settingsEnrichmentHint',
        )}
        {enrichmentDeclined && (
          <p role="status" class="notice">
            {t('settingsEnrichmentDeclined')}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('settingsLookGroup')}</legend>
        {select(
          'set-theme',
          'settingsTheme',
          settings.theme,
          [
            ['auto', 'themeAuto'],
            ['light', 'themeLight'],
            ['dark', 'themeDark'],
          ],
          (theme) => onChange({ theme }),
        )}
        {select(
          'set-lang',
          'uiLanguage',
          uiLang,
          [
            ['auto', 'uiLanguageAuto'],
            ['ar', 'langAr'],
            ['en', 'langEn'],
          ],
          onUiLang,
        )}
      </fieldset>
      <fieldset>
        <legend>{t('settingsSitesGroup')}</legend>
        <SiteList
          t={t}
          id="sites-deny"
          label={t('settingsSitesDeny')}
          sites={settings.siteRules.deny}
          onChange={(deny) => onChange({ siteRules: { ...settings.siteRules, deny } })}
        />
        <SiteList
          t={t}
          id="sites-allow"
          label={t('settingsSitesAllow')}
          hint={t('settingsSitesAllowHint')}
          sites={settings.siteRules.allow}
          onChange={(allow) => onChange({ siteRules: { ...settings.siteRules, allow } })}
        />
      </fieldset>
      <button type="button" id="settings-reset" onClick={onReset}>
        {t('settingsReset')}
      </button>
    </form>
  );
}
