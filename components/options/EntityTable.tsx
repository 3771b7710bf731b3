import type { StoredEntity } from '../../lib/db/types.ts';
import type { Lang, Translate } from '../../lib/i18n/translate.ts';
import { USER_PACK_ID } from '../../lib/knowledge/types.ts';
import { dirOfText, nameIn, otherName, TYPE_KEYS } from '../entity-text.ts';

type Props = {
  t: Translate;
  lang: Lang;
  entities: readonly StoredEntity[];
  packNames: ReadonlyMap<string, string>;
  onEdit: (entity: StoredEntity) => void;
  onDelete: (entity: StoredEntity) => void;
};

/** One page of entities as a table with edit and delete buttons named after the entity. */
export function EntityTable({ t, lang, entities, packNames, onEdit, onDelete }: Props) {
  return (
    <table class="entity-table">
      <thead>
        <tr>
          <th scope="col">{t('entityTableName')}</th>
          <th scope="col">{t('entityTableType')}</th>
          <th scope="col">{t('entityTablePack')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('entityTableActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entities.map((entity) => {
          const name = nameIn(entity, lang);
          const other = otherName(entity, lang);
          return (
            <tr key={entity.id} data-entity={entity.id}>
              <th scope="row">
                <span dir={dirOfText(name)}>{name}</span>
                {other && (
                  <span class="muted entity-other" dir={dirOfText(other)}>
                    {other}
                  </span>
                )}
              </th>
              <td>{t(TYPE_KEYS[entity.type])}</td>
              <td>
                {/* A Latin pack name in an Arabic table: isolated, so its punctuation stays at its end. */}
                <bdi>
                  {entity.pack === USER_PACK_ID ? t('packUser') : (packNames.get(entity.pack) ?? entity.pack)}
                </bdi>
              </td>
              <td class="actions">
                <button
                  type="button"
                  data-edit={entity.id}
                  aria-label={t('entityEditNamed', name)}
                  onClick={() => onEdit(entity)}
                >
                  {t('cardEdit')}
                </button>
                <button
                  type="button"
                  class="danger"
                  data-delete={entity.id}
                  aria-label={t('entityDeleteNamed', name)}
                  onClick={() => onDelete(entity)}
                >
                  {t('entityDelete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
