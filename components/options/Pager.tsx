import type { Translate } from '../../lib/i18n/translate.ts';

type Props = { t: Translate; page: number; hasNext: boolean; onPage: (page: number) => void };

/** Previous / next page buttons with the current page number. */
export function Pager({ t, page, hasNext, onPage }: Props) {
  if (page === 0 && !hasNext) return null;
  return (
    <nav class="pager row" aria-label={t('pageNumber', page + 1)}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('pagePrev')}
      </button>
      <span aria-current="page">{t('pageNumber', page + 1)}</span>
      <button type="button" disabled={!hasNext} onClick={() => onPage(page + 1)}>
        {t('pageNext')}
      </button>
    </nav>
  );
}
