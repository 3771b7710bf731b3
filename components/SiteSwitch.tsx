import type { Translate } from '../lib/i18n/translate.ts';
import { displaySite } from '../lib/knowledge/site-rules.ts';

type Props = { t: Translate; site: string; enabled: boolean; onChange: (enabled: boolean) => void };

/** The on/off switch for Siyaq on the current site (the site deny list in settings). */
export function SiteSwitch({ t, site, enabled, onChange }: Props) {
  return (
    <label class="site-switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={enabled}
        checked={enabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{t('siteEnabled')}</span>
      <span class="muted ltr-value">{displaySite(site)}</span>
    </label>
  );
}
