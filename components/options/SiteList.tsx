import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate.ts';
import { displaySite, siteOf } from '../../lib/knowledge/site-rules.ts';

type Props = {
  t: Translate;
  id: string;
  label: string;
  /** What the list does, under its title. */
  hint?: string;
  sites: readonly string[];
  onChange: (sites: string[]) => void;
};

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** A list of sites (host names) with add and remove; "https://www.x.com/a" is stored as x.com. */
export function SiteList({ t, id, label, hint, sites, onChange }: Props) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = () => {
    const site = siteOf(text);
    if (!HOST.test(site)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setText('');
    if (!sites.includes(site)) onChange([...sites, site]);
  };
  return (
    <fieldset class="site-list">
      <legend>{label}</legend>
      {hint && (
        <p id={`${id}-hint`} class="muted hint">
          {hint}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="muted">{t('siteListEmpty')}</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site} class="row">
              <span class="ltr-value">{displaySite(site)}</span>
              <button
                type="button"
                aria-label={t('siteRemove', displaySite(site))}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <label class="visually-hidden" for={`${id}-input`}>
          {`${label}: ${t('siteHost')}`}
        </label>
        <input
          id={`${id}-input`}
          type="text"
          dir="ltr"
          placeholder={t('siteHost')}
          value={text}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={
            [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ') || undefined
          }
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('siteAdd')}
        </button>
      </div>
      {invalid && (
        <p id={`${id}-error`} class="field-error">
          {t('siteInvalid')}
        </p>
      )}
    </fieldset>
  );
}
