import type { Translate } from '../lib/i18n/translate.ts';

type Props = {
  t: Translate;
  value: string;
  onInput: (value: string) => void;
  label?: string;
  id?: string;
};

/** An instant search field: every keystroke searches; Escape clears it. */
export function SearchBox({ t, value, onInput, label, id = 'search' }: Props) {
  return (
    <search class="search-box">
      <label class="visually-hidden" for={id}>
        {label ?? t('searchLabel')}
      </label>
      <input
        id={id}
        type="search"
        dir="auto"
        autoComplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onInput('');
          }
        }}
      />
    </search>
  );
}
