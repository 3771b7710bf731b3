import { useEffect, useState } from 'preact/hooks';
import type { SiyaqDB } from '../lib/db/database.ts';
import type { Lang, Translate } from '../lib/i18n/translate.ts';
import { EntityCard } from './EntityCard.tsx';
import { useCard } from './hooks/use-card.ts';

type Props = {
  db: SiyaqDB;
  t: Translate;
  id: string;
  langs: readonly Lang[];
  onShowInPanel?: (id: string) => void;
  onEdit?: (id: string) => void;
  /** Called with each entity shown, so the background can fetch what the card could add. */
  onShow?: (id: string) => void;
  headingLevel?: 2 | 3;
};

/** An entity's card read from Dexie; related entities open in place, with a way back. */
export function CardContainer({ db, t, id, langs, onShowInPanel, onEdit, onShow, headingLevel }: Props) {
  const [trail, setTrail] = useState<string[]>([id]);
  useEffect(() => setTrail([id]), [id]);
  const current = trail[trail.length - 1] ?? id;
  // The summary lands in the database; useCard's live query then shows it.
  useEffect(() => onShow?.(current), [current]);
  const result = useCard(db, current, langs);
  if (result.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (result.status === 'error') return <p class="notice error">{t('error', result.error.message)}</p>;
  if (!result.value) return <p class="notice">{t('cardMissing')}</p>;
  const card = result.value;
  return (
    <div class="card-container">
      {trail.length > 1 && (
        <button type="button" class="link back" onClick={() => setTrail(trail.slice(0, -1))}>
          {t('backToList')}
        </button>
      )}
      <EntityCard
        card={card}
        t={t}
        packName={card.packName ?? t('packUser')}
        headingLevel={headingLevel}
        onOpenRelated={(related) => setTrail([...trail, related])}
        onShowInPanel={onShowInPanel && (() => onShowInPanel(card.id))}
        onEdit={onEdit && (() => onEdit(card.id))}
      />
    </div>
  );
}
