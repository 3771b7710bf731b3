import { useEffect, useState } from 'preact/hooks';
import { send } from '../lib/browser/messaging.ts';
import { targetTabId } from '../lib/browser/target-tab.ts';
import type { UiLocale } from '../lib/browser/ui-lang.ts';
import type { TabReport } from '../lib/messages.ts';

type Props = { locale: UiLocale };

/** The toolbar popup: what Siyaq found on the current page. */
export function PopupApp({ locale }: Props) {
  const { t } = locale;
  const [report, setReport] = useState<TabReport | null>(null);
  useEffect(() => {
    void targetTabId().then(async (tabId) => {
      if (tabId !== undefined) setReport(await send('tab/report', { tabId }));
    });
  }, []);
  return (
    <main class="popup">
      <h1>{t('pageEntities')}</h1>
      {report && <p data-testid="entity-count">{t('pageEntityCount', report.entities.length)}</p>}
      <ul>
        {report?.entities.map((e) => (
          <li key={e.id}>{locale.lang === 'ar' ? e.name_ar : e.name_en}</li>
        ))}
      </ul>
    </main>
  );
}
