import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiLocale } from '../lib/browser/ui-lang.ts';
import type { SiyaqDB } from '../lib/db/database.ts';
import { CardContainer } from './CardContainer.tsx';
import type { PanelRequests } from './hooks/panel-requests.ts';
import type { TabSource } from './hooks/tab-source.ts';
import { useHashParams } from './hooks/use-hash-params.ts';
import { usePanelFocus } from './hooks/use-panel-focus.ts';
import { useSearch } from './hooks/use-search.ts';
import { useSettings } from './hooks/use-settings.ts';
import { useTabReport } from './hooks/use-tab-report.ts';
import { PageEntityList } from './PageEntityList.tsx';
import { PageStatusNotice } from './PageStatusNotice.tsx';
import type { PageActions } from './page-actions.ts';
import { RevealButton } from './RevealButton.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SearchResults } from './SearchResults.tsx';

type Props = {
  locale: UiLocale;
  db: SiyaqDB;
  tabs: TabSource;
  actions: PageActions;
  requests: PanelRequests;
};

/** The side panel: follows the active tab, lists its entities, shows a full card and finds its mentions. */
export function SidePanelApp({ locale, db, tabs, actions, requests }: Props) {
  const { t, lang } = locale;
  const { tab, report, settled } = useTabReport(tabs, true);
  const [settings] = useSettings(db);
  const hash = useHashParams();
  const [query, setQuery] = useState(hash.get('query') ?? '');
  const [selected, setSelected] = useState<string | undefined>(hash.get('entity') ?? undefined);
  const search = useSearch(db, query, { limit: 50 });
  const langs = settings?.cardLanguageOrder ?? [lang];

  useEffect(() => {
    if (hash.has('query')) setQuery(hash.get('query') ?? '');
    if (hash.has('entity')) setSelected(hash.get('entity') ?? undefined);
  }, [hash]);
  useEffect(
    () =>
      requests((request) => {
        if (request.query !== undefined) setQuery(request.query);
        setSelected(request.entity);
      }),
    [requests],
  );

  // The panel follows the active tab: an open card goes back to the list when another tab or page takes
  // over, unless its entity is on that page too.
  const tabId = tab?.tabId;
  const url = report?.url ?? '';
  const shown = useRef({ tabId, url });
  useEffect(() => {
    const before = shown.current;
    shown.current = { tabId, url };
    const otherTab = before.tabId !== undefined && tabId !== before.tabId;
    const otherPage = before.url !== '' && url !== '' && url !== before.url;
    if (otherTab || otherPage)
      setSelected((id) => (id && report?.entities.some((e) => e.id === id) ? id : undefined));
  }, [tabId, url, report]);

  const onPage = report?.entities.find((e) => e.id === selected);
  const keyboard = usePanelFocus(selected);
  const select = (id: string) => {
    keyboard.open(id);
    setSelected(id);
    const mention = report?.entities.find((e) => e.id === id);
    if (tab && mention) void actions.reveal(tab.tabId, id, 0).catch(() => false);
  };
  const back = () => {
    keyboard.back();
    setSelected(undefined);
  };

  return (
    <main ref={keyboard.root} class="sidepanel">
      <h1>{t('pageEntities')}</h1>
      {report?.url && (
        <p class="muted page-url ltr-value" title={report.url}>
          {report.url}
        </p>
      )}
      {selected ? (
        <section class="detail">
          <button type="button" class="link back" onClick={back}>
            {t('backToList')}
          </button>
          {tab && onPage && (
            <RevealButton
              t={t}
              count={onPage.count}
              onReveal={(index) => actions.reveal(tab.tabId, onPage.id, index)}
            />
          )}
          <CardContainer
            db={db}
            t={t}
            id={selected}
            langs={langs}
            onShow={actions.enrich}
            onEdit={(entity) => actions.openOptions({ entity })}
          />
        </section>
      ) : null}
      {/* Hidden, not unmounted, under a card: the list keeps its filter and order for the way back. */}
      <div class="panel-list" hidden={Boolean(selected)}>
        <SearchBox t={t} value={query} onInput={setQuery} />
        {query.trim() ? (
          <SearchResults t={t} lang={lang} result={search} onToggle={select} />
        ) : (
          <>
            <PageStatusNotice t={t} report={report} settled={settled} siteRules={settings?.siteRules} />
            {report && report.entities.length > 0 && (
              <>
                <p class="muted" data-testid="entity-count">
                  {t('entityCount', report.entities.length)}
                </p>
                <PageEntityList t={t} lang={lang} entities={report.entities} onSelect={select} />
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}
