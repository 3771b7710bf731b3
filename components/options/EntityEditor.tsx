import { useEffect, useState } from 'preact/hooks';
import type { SiyaqDB } from '../../lib/db/database.ts';
import { getEntity, newUserEntityId, putUserEntity, toEntity } from '../../lib/db/entities.ts';
import type { StoredEntity } from '../../lib/db/types.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { Entity } from '../../lib/knowledge/types.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { EntityForm } from './EntityForm.tsx';
import {
  type DraftErrors,
  draftOf,
  type EntityDraft,
  emptyDraft,
  entityOf,
  validateDraft,
} from './entity-draft.ts';

export type EditTarget = { mode: 'new'; prefill?: string } | { mode: 'edit'; id: string };

type Props = {
  db: SiyaqDB;
  t: Translate;
  target: EditTarget;
  onSaved: (entity: StoredEntity) => void;
  onCancel: () => void;
};

/** Loads an entity (or starts a new one), keeps the draft, validates it like a pack would, and saves. */
export function EntityEditor({ db, t, target, onSaved, onCancel }: Props) {
  const [base, setBase] = useState<Entity | undefined>();
  const [draft, setDraft] = useState<EntityDraft | undefined>();
  const [errors, setErrors] = useState<DraftErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  // Live, so a deep link opened before the default pack is installed fills in once the entity arrives.
  const stored = useLiveQuery(
    () => (target.mode === 'edit' ? getEntity(db, target.id) : undefined),
    [db, target],
  );

  useEffect(() => {
    setSubmitted(false);
    setErrors({});
    setBase(undefined);
    setDraft(target.mode === 'new' ? emptyDraft(newUserEntityId(), target.prefill) : undefined);
  }, [target]);
  const loaded = stored.status === 'ready' ? stored.value : undefined;
  useEffect(() => {
    if (target.mode !== 'edit' || loaded?.id !== target.id || draft) return;
    const entity = toEntity(loaded);
    setBase(entity);
    setDraft(draftOf(entity));
  }, [target, loaded, draft]);

  // Not (yet) stored: say so, and keep watching (the default pack may still be installing).
  if (target.mode === 'edit' && stored.status === 'ready' && !stored.value && !draft) {
    return <p class="notice">{t('cardMissing')}</p>;
  }
  if (!draft) return <p class="muted">{t('loading')}</p>;
  return (
    <EntityForm
      t={t}
      draft={draft}
      errors={errors}
      isNew={target.mode === 'new'}
      busy={busy}
      onChange={(next) => {
        setDraft(next);
        // After a first attempt, messages follow the typing so a fixed field clears at once.
        if (submitted) setErrors(validateDraft(next, t, base));
      }}
      onCancel={onCancel}
      onSubmit={async () => {
        setSubmitted(true);
        const found = validateDraft(draft, t, base);
        setErrors(found);
        if (Object.keys(found).length > 0) {
          // After Preact has rendered the messages, take the reader to the first field to fix.
          setTimeout(
            () => document.querySelector<HTMLElement>('.entity-form [aria-invalid="true"]')?.focus(),
            0,
          );
          return;
        }
        setBusy(true);
        try {
          onSaved(await putUserEntity(db, entityOf(draft, base)));
        } catch (error) {
          setErrors({ name_ar: error instanceof Error ? error.message : String(error) });
        } finally {
          setBusy(false);
        }
      }}
    />
  );
}
