import type { ComponentChildren } from 'preact';
import type { Lang, Translate } from '../lib/i18n/translate.ts';
import type { EntitySummary } from '../lib/messages.ts';
import { dirOfText, nameIn, otherName, TYPE_KEYS } from './entity-text.ts';

export type EntityListItem = EntitySummary & { count?: number };

type Props = {
  t: Translate;
  lang: Lang;
  items: readonly EntityListItem[];
  /** The open entity: its row is marked and, with renderDetail, its card appears right below it. */
  openId?: string;
  onToggle: (id: string) => void;
  renderDetail?: (id: string) => ComponentChildren;
  showType?: boolean;
  label?: string;
};

/** A list of entities, each a button that opens (or selects) it; mention counts when known. */
export function EntityList({
  t,
  lang,
  items,
  openId,
  onToggle,
  renderDetail,
  showType = true,
  label,
}: Props) {
  return (
    <ul class="entity-list" aria-label={label}>
      {items.map((item) => {
        const open = item.id === openId;
        const name = nameIn(item, lang);
        const other = otherName(item, lang);
        const detailId = `detail-${item.id}`;
        return (
          <li key={item.id} class={open ? 'open' : undefined} data-entity={item.id}>
            <button
              type="button"
              class="entity-row"
              aria-expanded={renderDetail ? open : undefined}
              aria-controls={renderDetail && open ? detailId : undefined}
              aria-current={!renderDetail && open ? 'true' : undefined}
              onClick={() => onToggle(item.id)}
            >
              <span class="entity-name" dir={dirOfText(name)}>
                {name}
              </span>
              {other && (
                <span class="entity-other muted" dir={dirOfText(other)}>
                  {other}
                </span>
              )}
              {showType && <span class={`type-badge type-${item.type}`}>{t(TYPE_KEYS[item.type])}</span>}
              {item.count !== undefined && <span class="mention-count">{t('mentionCount', item.count)}</span>}
            </button>
            {open && renderDetail && (
              <div id={detailId} class="entity-detail">
                {renderDetail(item.id)}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
