import type { Translate } from '../lib/i18n/translate.ts';
import { ENTITY_TYPES, type EntityType } from '../lib/knowledge/types.ts';
import { TYPE_KEYS } from './entity-text.ts';

type Props = {
  t: Translate;
  value: EntityType | '';
  onChange: (type: EntityType | '') => void;
  /** When given, each type shows its count and types with none are left out. */
  counts?: Partial<Record<EntityType, number>>;
  id?: string;
};

/** A labelled select that narrows a list to one entity type. */
export function TypeFilter({ t, value, onChange, counts, id = 'type-filter' }: Props) {
  const types = counts
    ? ENTITY_TYPES.filter((type) => (counts[type] ?? 0) > 0 || type === value)
    : ENTITY_TYPES;
  return (
    <span class="filter">
      <label for={id}>{t('filterByType')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as EntityType | '')}
      >
        <option value="">{t('filterAllTypes')}</option>
        {types.map((type) => (
          <option key={type} value={type}>
            {counts ? `${t(TYPE_KEYS[type])} (${counts[type] ?? 0})` : t(TYPE_KEYS[type])}
          </option>
        ))}
      </select>
    </span>
  );
}
