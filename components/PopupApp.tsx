import { useState } from 'preact/hooks';
import type { UiLocale } from '../lib/browser/ui-lang.ts';
import type { SiyaqDB } from '../lib/db/database.ts';
import { isSiteEnabled, siteOf, withSite } from '../lib/knowledge/site-rules.ts';
import { CardContainer } from './CardContainer.tsx';
import { EntityGroups } from './EntityGroups.tsx';
import type { TabSource } from './hooks/tab-source.ts';
import { useSearch } from './hooks/use-search.ts';
import { useSettings } from './hooks/use-settings.ts';
import { useTabReport } from './hooks/use-tab-report.ts';
import { PageStatusNotice } from './PageStatusNotice.tsx';
import type { PageActions } from './page-actions.ts';
import { SearchBox } from './SearchBox.tsx';
import { SearchResults } from './SearchResults.tsx';
import { SiteSwitch } from './SiteSwitch.tsx';

type Props = { locale: UiLocale; db: SiyaqDB; tabs: TabSource; actions: PageActions };

/** The toolbar popup: the page's entities at a glance, the site switch, search, and the way onward. */
export function PopupApp({ locale, db, tabs, actions }: Props) {
  const { t, lang } = locale;
  const { tab, report, settled } = useTabReport(tabs, false);
  const [settings, updateSettings] = useSettings(db);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | undefined>();
  const search = useSearch(db, query, { limit: 20 });
  const langs = settings?.cardLanguageOrder ?? [lang];
  const site = report?.url ? siteOf(report.url) : '';
  const toggle = (id: string) => setOpenId(openId === id ? undefined : id);
  const card = (id: string) => (
    <CardContainer
      db={db}
      t={t}
      id={id}
      langs={langs}
      headingLevel={3}
      onShow={actions.enrich}
      onShowInPanel={(entity) => {
        actions.openSidePanel(tab ?? {}, { entity });
        actions.close();
      }}
      onEdit={(entity) => {
        actions.openOptions({ entity });
        actions.close();
      }}
    />
  );
  const setSiteEnabled = (enabled: boolean) => {
    if (!settings || !report?.url) return;
    let rules = withSite(settings.siteRules, report.url, enabled);
    // With an allow list, switching a site on means adding it there too.
    if (enabled && !isSiteEnabled(report.url, rules)) rules = { ...rules, allow: [...rules.allow, site] };
    void updateSettings({ siteRules: rules });
  };
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('pageEntities')}</h1>
        {report && report.entities.length > 0 && (
          <p class="muted" data-testid="entity-count">
            {t('entityCount', report.entities.length)}
          </p>
        )}
        {site && settings && (
          <SiteSwitch
            t={t}
            site={site}
            enabled={isSiteEnabled(report?.url ?? '', settings.siteRules)}
            onChange={setSiteEnabled}
          />
        )}
      </header>
      <SearchBox t={t} value={query} onInput={setQuery} />
      {query.trim() ? (
        <SearchResults
          t={t}
          lang={lang}
          result={search}
          openId={openId}
          onToggle={toggle}
          renderDetail={card}
        />
      ) : (
        <>
          <PageStatusNotice t={t} report={report} settled={settled} siteRules={settings?.siteRules} />
          {report && report.entities.length > 0 && (
            <EntityGroups
              t={t}
              lang={lang}
              entities={report.entities}
              openId={openId}
              onToggle={toggle}
              renderDetail={card}
            />
          )}
        </>
      )}
      <footer class="popup-foot row">
        <button
          type="button"
          class="primary"
          onClick={() => {
            actions.openSidePanel(tab ?? {}, query.trim() ? { query } : {});
            actions.close();
          }}
        >
          {t('openSidePanel')}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => {
            actions.openOptions();
            actions.close();
          }}
        >
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}
