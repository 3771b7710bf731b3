import type { StoredPack } from '../../lib/db/types.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { isolate } from '../../lib/i18n/translator.ts';

type Props = {
  t: Translate;
  packs: readonly StoredPack[];
  userCount: number;
  onToggle: (pack: StoredPack, enabled: boolean) => void;
  onExport: (packId: string) => void;
  onRemove: (pack: StoredPack) => void;
  /** An export is being prepared: another would only queue behind it. */
  exporting?: boolean;
};

/** Installed packs with their counts, an on/off switch, export and remove; the user's own entities last. */
export function PackList({ t, packs, userCount, onToggle, onExport, onRemove, exporting = false }: Props) {
  return (
    <ul class="pack-list">
      {packs.length === 0 && <li class="muted">{t('packNone')}</li>}
      {packs.map((pack) => (
        <li key={pack.id} class="pack" data-pack={pack.id}>
          <div class="pack-info">
            <strong dir="auto">{pack.name}</strong>
            <span class="muted">
              {t('entityCount', pack.entityCount)} · {t('packVersion', pack.version)}
              {pack.license && ` · ${t('packLicense', isolate(pack.license))}`}
            </span>
          </div>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={pack.enabled}
              checked={pack.enabled}
              onChange={(event) => onToggle(pack, event.currentTarget.checked)}
            />
            <span class="visually-hidden">{t('packEnabledNamed', pack.name)}</span>
          </label>
          <button
            type="button"
            aria-label={t('packExportNamed', pack.name)}
            disabled={exporting}
            onClick={() => onExport(pack.id)}
          >
            {t('packExport')}
          </button>
          <button
            type="button"
            class="danger"
            aria-label={t('packRemoveNamed', pack.name)}
            onClick={() => onRemove(pack)}
          >
            {t('packRemove')}
          </button>
        </li>
      ))}
      <li class="pack" data-pack="user">
        <div class="pack-info">
          <strong>{t('packUser')}</strong>
          <span class="muted">{t('entityCount', userCount)}</span>
        </div>
        <button type="button" onClick={() => onExport('user')} disabled={userCount === 0 || exporting}>
          {t('exportUser')}
        </button>
      </li>
    </ul>
  );
}
