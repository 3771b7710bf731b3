import type { ComponentChildren } from 'preact';
import type { StoredEntity } from '../lib/db/types.ts';
import type { Lang, Translate } from '../lib/i18n/translate.ts';
import { EntityList } from './EntityList.tsx';
import type { LiveResult } from './hooks/use-live-query.ts';

type Props = {
  t: Translate;
  lang: Lang;
  result: LiveResult<StoredEntity[]>;
  openId?: string;
  onToggle: (id: string) => void;
  renderDetail?: (id: string) => ComponentChildren;
};

/** Knowledge-base search results with their count announced to screen readers. */
export function SearchResults({ t, lang, result, openId, onToggle, renderDetail }: Props) {
  if (result.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (result.status === 'error') return <p class="notice error">{t('error', result.error.message)}</p>;
  const items = result.value;
  return (
    <section class="search-results" aria-label={t('searchResults')}>
      <p class="muted" role="status">
        {items.length === 0 ? t('searchNoResults') : t('resultCount', items.length)}
      </p>
      <EntityList
        t={t}
        lang={lang}
        items={items}
        openId={openId}
        onToggle={onToggle}
        renderDetail={renderDetail}
        label={t('searchResults')}
      />
    </section>
  );
}
