import type { ComponentChildren } from 'preact';
import type { Lang, Translate } from '../lib/i18n/translate.ts';
import { ENTITY_TYPES } from '../lib/knowledge/types.ts';
import type { TabEntity } from '../lib/messages.ts';
import { EntityList } from './EntityList.tsx';
import { TYPE_KEYS } from './entity-text.ts';

type Props = {
  t: Translate;
  lang: Lang;
  entities: readonly TabEntity[];
  openId?: string;
  onToggle: (id: string) => void;
  renderDetail: (id: string) => ComponentChildren;
};

/** A page's entities grouped by type (people, organisations, ...), each group in page order. */
export function EntityGroups({ t, lang, entities, openId, onToggle, renderDetail }: Props) {
  return (
    <div class="entity-groups">
      {ENTITY_TYPES.map((type) => {
        const items = entities.filter((e) => e.type === type);
        if (items.length === 0) return null;
        const label = t('typeGroupHeading', t(TYPE_KEYS[type]), items.length);
        return (
          <section key={type} class={`entity-group type-${type}`} aria-labelledby={`group-${type}`}>
            <h2 id={`group-${type}`}>{label}</h2>
            <EntityList
              t={t}
              lang={lang}
              items={items}
              openId={openId}
              onToggle={onToggle}
              renderDetail={renderDetail}
              showType={false}
            />
          </section>
        );
      })}
    </div>
  );
}
