import { useState } from 'preact/hooks';
import type { Lang, Translate } from '../lib/i18n/translate.ts';
import type { EntityType } from '../lib/knowledge/types.ts';
import type { TabEntity } from '../lib/messages.ts';
import { EntityList } from './EntityList.tsx';
import { TypeFilter } from './TypeFilter.tsx';

export type SortOrder = 'first' | 'frequency';

type Props = {
  t: Translate;
  lang: Lang;
  entities: readonly TabEntity[];
  selectedId?: string;
  onSelect: (id: string) => void;
};

/** Every entity of the page with its mention count, by first appearance or frequency, filtered by type. */
export function PageEntityList({ t, lang, entities, selectedId, onSelect }: Props) {
  const [type, setType] = useState<EntityType | ''>('');
  const [order, setOrder] = useState<SortOrder>('first');
  const counts: Partial<Record<EntityType, number>> = {};
  for (const e of entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const shown = sortEntities(
    entities.filter((e) => !type || e.type === type),
    order,
  );
  return (
    <section class="page-entities" aria-label={t('pageEntities')}>
      <div class="row controls">
        <TypeFilter t={t} value={type} onChange={setType} counts={counts} />
        <span class="filter">
          <label for="sort-order">{t('sortLabel')}</label>
          <select
            id="sort-order"
            value={order}
            onChange={(event) => setOrder(event.currentTarget.value as SortOrder)}
          >
            <option value="first">{t('sortFirst')}</option>
            <option value="frequency">{t('sortFrequency')}</option>
          </select>
        </span>
      </div>
      <EntityList
        t={t}
        lang={lang}
        items={shown}
        openId={selectedId}
        onToggle={onSelect}
        label={t('pageEntities')}
      />
    </section>
  );
}

export function sortEntities(entities: readonly TabEntity[], order: SortOrder): TabEntity[] {
  const copy = [...entities];
  if (order === 'frequency') copy.sort((a, b) => b.count - a.count || a.first - b.first);
  else copy.sort((a, b) => a.first - b.first);
  return copy;
}
