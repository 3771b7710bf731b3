import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SiyaqDB } from '../../lib/db/database.ts';
import { deleteEntity } from '../../lib/db/entities.ts';
import { listPacks } from '../../lib/db/packs.ts';
import { type ListOrder, searchEntities } from '../../lib/db/search.ts';
import { queryVariants } from '../../lib/db/search-keys.ts';
import type { StoredEntity } from '../../lib/db/types.ts';
import type { Lang, Translate } from '../../lib/i18n/translate.ts';
import { type EntityType, USER_PACK_ID } from '../../lib/knowledge/types.ts';
import { nameIn } from '../entity-text.ts';
import { useLiveQuery, valueOr } from '../hooks/use-live-query.ts';
import { SearchBox } from '../SearchBox.tsx';
import { TypeFilter } from '../TypeFilter.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { type EditTarget, EntityEditor } from './EntityEditor.tsx';
import { EntityTable } from './EntityTable.tsx';
import { restoreEntity } from './entity-actions.ts';
import { Pager } from './Pager.tsx';
import { Toast, type ToastMessage } from './Toast.tsx';

/** Rows per page: pages keep 100,000 entities smooth (one indexed query of PAGE_SIZE + 1 rows each). */
export const PAGE_SIZE = 50;
/** How long focus waits for a row to come back to the list before it stays where it is. */
const FOCUS_WAIT_MS = 2_000;

type Props = {
  db: SiyaqDB;
  t: Translate;
  lang: Lang;
  /** From the deep link (#entity= / #add=); changes open the form. */
  initialTarget?: EditTarget;
  onTargetDone?: () => void;
};

/** The entity manager: search and filter all entities, page through them, add, edit and delete (with undo). */
export function EntityManager({ db, t, lang, initialTarget, onTargetDone }: Props) {
  const [query, setQuery] = useState('');
  const [type, setType] = useState<EntityType | ''>('');
  const [pack, setPack] = useState('');
  const [order, setOrder] = useState<'name' | 'recent'>('name');
  // By name in the interface's language: an Arabic list in alphabet order, an English one A-Z.
  const listOrder: ListOrder = order === 'recent' ? 'recent' : lang === 'ar' ? 'name-ar' : 'name-en';
  // The same test the search makes: a query with no letters in it lists everything, in this order.
  const searching = queryVariants(query).length > 0;
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<EditTarget | undefined>(initialTarget);
  const [confirm, setConfirm] = useState<StoredEntity | undefined>();
  const [toast, setToast] = useState<ToastMessage | undefined>();
  useEffect(() => setEditing(initialTarget), [initialTarget]);
  useEffect(() => setPage(0), [query, type, pack, listOrder]);

  const rows = useLiveQuery(
    () =>
      searchEntities(db, query, {
        type: type || undefined,
        pack: pack || undefined,
        limit: PAGE_SIZE + 1,
        offset: page * PAGE_SIZE,
        order: listOrder,
      }),
    [db, query, type, pack, page, listOrder],
  );
  const packs = valueOr(
    useLiveQuery(() => listPacks(db), [db]),
    [],
  );
  const total = valueOr(
    useLiveQuery(() => db.entities.count(), [db]),
    undefined,
  );
  const packNames = new Map(packs.map((p) => [p.id, p.name]));
  const dismiss = useCallback(() => setToast(undefined), []);
  // Where the keyboard goes once the list is back: the button that opened the form or the dialog, the
  // Undo after a delete. The form and the dialog leave the page, and focus would fall to <body>.
  // A row may come back a moment later (the list is a live query): until then focus waits on the Add
  // button, and the wish expires so a row that never shows cannot pull focus later.
  const section = useRef<HTMLElement>(null);
  const focusNext = useRef<{ selector: string; until: number } | null>(null);
  const focusOnReturn = (selector: string) => {
    focusNext.current = { selector, until: performance.now() + FOCUS_WAIT_MS };
  };
  useEffect(() => {
    const wanted = focusNext.current;
    if (!wanted || editing || confirm || rows.status !== 'ready') return;
    const root = section.current;
    const target = root?.querySelector<HTMLElement>(wanted.selector);
    if (target || performance.now() > wanted.until) focusNext.current = null;
    if (target) target.focus();
    else if (document.activeElement === document.body)
      root?.querySelector<HTMLElement>('#entity-add')?.focus();
  });
  // The button that opened the form or the dialog: focus goes back to it when that closes.
  const openedFrom = useRef('#entity-add');
  const openEditor = (target: EditTarget, from: string) => {
    openedFrom.current = from;
    setEditing(target);
  };
  const closeEditor = () => {
    focusOnReturn(openedFrom.current);
    setEditing(undefined);
    onTargetDone?.();
  };

  if (editing) {
    return (
      <EntityEditor
        db={db}
        t={t}
        target={editing}
        onCancel={closeEditor}
        onSaved={(saved) => {
          // A new entity's own row, if this page of the list shows it; else the Add button.
          closeEditor();
          if (editing.mode === 'new') focusOnReturn(`[data-edit="${CSS.escape(saved.id)}"]`);
          setToast({ text: t('entitySaved', nameIn(saved, lang)) });
        }}
      />
    );
  }
  const list = rows.status === 'ready' ? rows.value.slice(0, PAGE_SIZE) : [];
  return (
    <section ref={section} class="entity-manager" aria-labelledby="entities-title">
      <div class="row">
        <h2 id="entities-title">{t('entityManagerTitle')}</h2>
        {total !== undefined && <span class="muted">{t('storageEntities', total)}</span>}
        <span class="spacer" />
        <button
          type="button"
          id="entity-add"
          class="primary"
          onClick={() => openEditor({ mode: 'new' }, '#entity-add')}
        >
          {t('entityAdd')}
        </button>
      </div>
      <div class="row controls">
        <SearchBox t={t} id="entity-search" label={t('entitySearchLabel')} value={query} onInput={setQuery} />
        <TypeFilter t={t} id="entity-type" value={type} onChange={setType} />
        <span class="filter">
          <label for="entity-pack">{t('filterByPack')}</label>
          <select id="entity-pack" value={pack} onChange={(event) => setPack(event.currentTarget.value)}>
            <option value="">{t('filterAllPacks')}</option>
            <option value={USER_PACK_ID}>{t('packUser')}</option>
            {packs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </span>
        <span class="filter">
          <label for="entity-order">{t('sortLabel')}</label>
          {/* A search ranks its matches by how close they are: the order is for the full list. */}
          <select
            id="entity-order"
            value={order}
            disabled={searching}
            title={searching ? t('entityOrderSearch') : undefined}
            onChange={(event) => setOrder(event.currentTarget.value as 'name' | 'recent')}
          >
            <option value="name">{t('entityOrderName')}</option>
            <option value="recent">{t('entityOrderRecent')}</option>
          </select>
        </span>
      </div>
      {toast && <Toast t={t} toast={toast} onDismiss={dismiss} />}
      {rows.status === 'loading' && <p class="muted">{t('loading')}</p>}
      {rows.status === 'error' && <p class="notice error">{t('error', rows.error.message)}</p>}
      {rows.status === 'ready' && list.length === 0 && <p class="notice">{t('entityNone')}</p>}
      {list.length > 0 && (
        <EntityTable
          t={t}
          lang={lang}
          entities={list}
          packNames={packNames}
          onEdit={(entity) =>
            openEditor({ mode: 'edit', id: entity.id }, `[data-edit="${CSS.escape(entity.id)}"]`)
          }
          onDelete={(entity) => {
            openedFrom.current = `[data-delete="${CSS.escape(entity.id)}"]`;
            setConfirm(entity);
          }}
        />
      )}
      <Pager
        t={t}
        page={page}
        hasNext={rows.status === 'ready' && rows.value.length > PAGE_SIZE}
        onPage={setPage}
      />
      {confirm && (
        <ConfirmDialog
          t={t}
          title={t('entityDeleteConfirm', nameIn(confirm, lang))}
          confirmLabel={t('entityDelete')}
          onCancel={() => {
            focusOnReturn(openedFrom.current);
            setConfirm(undefined);
          }}
          onConfirm={async () => {
            const removed = confirm;
            setConfirm(undefined);
            await deleteEntity(db, removed.id);
            focusOnReturn('.toast button');
            setToast({
              text: t('entityDeleted', nameIn(removed, lang)),
              undo: () => {
                focusOnReturn(`[data-edit="${CSS.escape(removed.id)}"]`);
                void restoreEntity(db, removed);
              },
            });
          }}
        >
          {fromPack(confirm) && <p class="muted">{t('entityDeleteHint')}</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Pack entities can come back with a pack update; say so before deleting one. */
const fromPack = (entity: StoredEntity): boolean => entity.pack !== USER_PACK_ID;
