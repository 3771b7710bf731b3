import { useRef } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate.ts';

type Props = {
  t: Translate;
  id: string;
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  /** Problems by index ("aliases_ar[2]" → errors[2]). */
  errors: Partial<Record<number, string>>;
  dir: 'rtl' | 'ltr';
};

/** Aliases edited as a list: one input per alias, add and remove buttons, a message beside a bad one. */
export function AliasList({ t, id, label, values, onChange, errors, dir }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const add = () => {
    onChange([...values, '']);
    // Focus the new input once Preact has rendered it.
    queueMicrotask(() => list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  return (
    <fieldset class="alias-list">
      <legend>{label}</legend>
      {values.length === 0 && <p class="muted">{t('aliasEmpty')}</p>}
      <ul ref={list}>
        {values.map((value, i) => {
          const inputId = `${id}-${i}`;
          const error = errors[i];
          return (
            <li key={i}>
              <label class="visually-hidden" for={inputId}>
                {t('aliasNew', label, i + 1)}
              </label>
              <input
                id={inputId}
                type="text"
                dir={dir}
                value={value}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${inputId}-error` : undefined}
                onInput={(event) => onChange(values.map((v, j) => (j === i ? event.currentTarget.value : v)))}
              />
              <button
                type="button"
                aria-label={t('aliasRemove', value || String(i + 1))}
                onClick={() => onChange(values.filter((_, j) => j !== i))}
              >
                ×
              </button>
              {error && (
                <p id={`${inputId}-error`} class="field-error">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {/* Each list names its own: two "add" buttons of one name could not be told apart. */}
      <button type="button" onClick={add}>
        {t('aliasAdd', label)}
      </button>
    </fieldset>
  );
}
