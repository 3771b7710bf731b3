import { render } from 'preact';
import { browser } from 'wxt/browser';
import { readUiLang } from '../../components/hooks/ui-lang-store.ts';
import { OptionsApp } from '../../components/OptionsApp.tsx';
import { PageRoot } from '../../components/PageRoot.tsx';
import { relaySettingsChanges } from '../../lib/browser/settings-relay.ts';
import { wikipediaPermission } from '../../lib/browser/wikipedia-permission.ts';
import { createDatabase } from '../../lib/db/database.ts';
import '../../components/theme.css';
import '../../components/entity-card.css';
import '../../components/pages.css';

const db = createDatabase();
relaySettingsChanges(db);
const permission = wikipediaPermission(browser.permissions);

void readUiLang().then((initialLang) =>
  render(
    <PageRoot db={db} initialLang={initialLang} titleKey="optionsTitle">
      {(locale, setLang, pref) => (
        <OptionsApp locale={locale} db={db} uiLang={pref} onUiLang={setLang} permission={permission} />
      )}
    </PageRoot>,
    document.getElementById('app')!,
  ),
);
