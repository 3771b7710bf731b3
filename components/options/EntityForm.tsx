import type { TargetedEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate.ts';
import { ENTITY_TYPES } from '../../lib/knowledge/types.ts';
import { TYPE_KEYS } from '../entity-text.ts';
import { AliasList } from './AliasList.tsx';
import { aliasErrors, type DraftErrors, type DraftField, type EntityDraft } from './entity-draft.ts';

type Props = {
  t: Translate;
  draft: EntityDraft;
  errors: DraftErrors;
  isNew: boolean;
  busy?: boolean;
  onChange: (draft: EntityDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
};

type TextField = Exclude<DraftField, 'aliases_ar' | 'aliases_en' | 'type'>;

/** The add/edit form of one entity: props only; validation messages sit under their fields. */
export function EntityForm({ t, draft, errors, isNew, busy, onChange, onSubmit, onCancel }: Props) {
  const form = useRef<HTMLFormElement>(null);
  // The form replaces the list: the keyboard starts where the typing starts, the Arabic name.
  useEffect(() => form.current?.querySelector<HTMLElement>('#field-name_ar')?.focus(), []);
  const set = <K extends DraftField>(key: K, value: EntityDraft[K]) => onChange({ ...draft, [key]: value });
  const hasErrors = Object.keys(errors).length > 0;
  const field = (key: TextField, label: string, dir: 'rtl' | 'ltr' | 'auto', multiline = false) => {
    const error = errors[key];
    const props = {
      id: `field-${key}`,
      dir,
      value: draft[key],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `field-${key}-error` : undefined,
      onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        set(key, event.currentTarget.value),
    };
    return (
      <div class={`field field-${key}`}>
        <label for={`field-${key}`}>{label}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
        {error && (
          <p id={`field-${key}-error`} class="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <form
      ref={form}
      class="entity-form"
      noValidate
      aria-labelledby="entity-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="entity-form-title">
        {isNew ? t('formAddTitle') : t('formEditTitle', draft.name_ar || draft.name_en)}
      </h2>
      {hasErrors && (
        <p class="notice error" role="alert">
          {t('formFix')}
        </p>
      )}
      {!isNew && (
        <p class="muted">
          {t('fieldId')}: <span class="ltr-value">{draft.id}</span>
        </p>
      )}
      <div class="field">
        <label for="field-type">{t('fieldType')}</label>
        <select
          id="field-type"
          value={draft.type}
          onChange={(event) => set('type', event.currentTarget.value as EntityDraft['type'])}
        >
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(TYPE_KEYS[type])}
            </option>
          ))}
        </select>
      </div>
      <div class="form-columns">
        {field('name_ar', t('fieldNameAr'), 'rtl')}
        {field('name_en', t('fieldNameEn'), 'ltr')}
        <AliasList
          t={t}
          id="aliases_ar"
          label={t('fieldAliasesAr')}
          values={draft.aliases_ar}
          errors={aliasErrors(errors, 'aliases_ar')}
          dir="rtl"
          onChange={(values) => set('aliases_ar', values)}
        />
        <AliasList
          t={t}
          id="aliases_en"
          label={t('fieldAliasesEn')}
          values={draft.aliases_en}
          errors={aliasErrors(errors, 'aliases_en')}
          dir="ltr"
          onChange={(values) => set('aliases_en', values)}
        />
        {field('description_ar', t('fieldDescriptionAr'), 'rtl', true)}
        {field('description_en', t('fieldDescriptionEn'), 'ltr', true)}
        {field('wikipedia_ar', t('fieldWikipediaAr'), 'rtl')}
        {field('wikipedia_en', t('fieldWikipediaEn'), 'ltr')}
        {field('wikidata', t('fieldWikidata'), 'ltr')}
        {field('website', t('fieldWebsite'), 'ltr')}
        {field('as_of', t('fieldAsOf'), 'ltr')}
      </div>
      <div class="row form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
