import { useEffect, useState } from 'preact/hooks';
import type { SiyaqDB } from '../../lib/db/database.ts';
import type { Lang, Translate } from '../../lib/i18n/translate.ts';
import { useLiveQuery, valueOr } from '../hooks/use-live-query.ts';

type Props = {
  db: SiyaqDB;
  t: Translate;
  lang: Lang;
  estimate?: () => Promise<StorageEstimate>;
};

/** How much space Siyaq uses, and a button to drop cached cards (enrichments). */
export function StorageSection({ db, t, lang, estimate = () => navigator.storage.estimate() }: Props) {
  const entities = valueOr(
    useLiveQuery(() => db.entities.count(), [db]),
    undefined,
  );
  const cards = valueOr(
    useLiveQuery(() => db.cards.count(), [db]),
    undefined,
  );
  const [usage, setUsage] = useState<StorageEstimate | undefined>();
  const [cleared, setCleared] = useState(false);
  useEffect(() => {
    void estimate()
      .then(setUsage)
      .catch(() => setUsage({}));
  }, [entities, cards]);
  const size = (bytes: number) => formatBytes(bytes, lang);
  return (
    <section class="storage" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storageTitle')}</h2>
      <p data-testid="storage-used">
        {usage?.usage !== undefined && usage.quota !== undefined
          ? t('storageUsed', size(usage.usage), size(usage.quota))
          : usage
            ? t('storageUnknown')
            : t('loading')}
      </p>
      {entities !== undefined && <p>{t('storageEntities', entities)}</p>}
      {cards !== undefined && <p>{t('storageCards', cards)}</p>}
      <button
        type="button"
        disabled={cards === 0}
        onClick={async () => {
          await db.cards.clear();
          setCleared(true);
        }}
      >
        {t('storageClearCards')}
      </button>
      {cleared && (
        <p role="status" class="muted">
          {t('storageCleared')}
        </p>
      )}
    </section>
  );
}

export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(lang, { style: 'unit', unit: units[unit], maximumFractionDigits: 1 }).format(
    value,
  );
}
