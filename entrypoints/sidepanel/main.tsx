import { render } from 'preact';
import { browserPanelRequests } from '../../components/hooks/panel-requests.ts';
import { browserTabSource } from '../../components/hooks/tab-source.ts';
import { readUiLang } from '../../components/hooks/ui-lang-store.ts';
import { PageRoot } from '../../components/PageRoot.tsx';
import { browserPageActions } from '../../components/page-actions.ts';
import { SidePanelApp } from '../../components/SidePanelApp.tsx';
import { send } from '../../lib/browser/messaging.ts';
import { relaySettingsChanges } from '../../lib/browser/settings-relay.ts';
import { createDatabase } from '../../lib/db/database.ts';
import '../../components/theme.css';
import '../../components/entity-card.css';
import '../../components/pages.css';

const db = createDatabase();
relaySettingsChanges(db);
const actions = browserPageActions(
  (tabId, entity, index) => send('tab/reveal', { tabId, entity, index }),
  (id) => send('card/enrich', { id }),
);

void readUiLang().then((initialLang) =>
  render(
    <PageRoot db={db} initialLang={initialLang} titleKey="appTitle">
      {(locale) => (
        <SidePanelApp
          locale={locale}
          db={db}
          tabs={browserTabSource}
          actions={actions}
          requests={browserPanelRequests}
        />
      )}
    </PageRoot>,
    document.getElementById('app')!,
  ),
);
