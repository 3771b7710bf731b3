import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { UiLocale } from '../lib/browser/ui-lang.ts';
import type { WikipediaPermission } from '../lib/browser/wikipedia-permission.ts';
import type { SiyaqDB } from '../lib/db/database.ts';
import type { MessageKey } from '../lib/i18n/translate.ts';
import type { UiLangPref } from './hooks/ui-lang-store.ts';
import { replaceHash, useHashParams } from './hooks/use-hash-params.ts';
import type { EditTarget } from './options/EntityEditor.tsx';
import { EntityManager } from './options/EntityManager.tsx';
import { PacksSection } from './options/PacksSection.tsx';
import { SettingsSection } from './options/SettingsSection.tsx';
import { StorageSection } from './options/StorageSection.tsx';
import { Tabs } from './options/Tabs.tsx';

type Section = 'entities' | 'packs' | 'settings' | 'storage';

const SECTIONS: ReadonlyArray<readonly [Section, MessageKey]> = [
  ['entities', 'tabEntities'],
  ['packs', 'tabPacks'],
  ['settings', 'tabSettings'],
  ['storage', 'tabStorage'],
];

type Props = {
  locale: UiLocale;
  db: SiyaqDB;
  uiLang: UiLangPref;
  onUiLang: (pref: UiLangPref) => void;
  permission: WikipediaPermission;
};

/** The options page: entities, packs, settings and storage; deep links #entity=<id> and #add=<text>. */
export function OptionsApp({ locale, db, uiLang, onUiLang, permission }: Props) {
  const { t, lang } = locale;
  const hash = useHashParams();
  const target = useMemo(() => targetOf(hash), [hash]);
  const [section, setSection] = useState<Section>(sectionOf(hash));
  useEffect(() => {
    if (target) setSection('entities');
  }, [target]);
  // A section once opened stays mounted, hidden: a half-typed entity or a running import's outcome
  // would otherwise be thrown away by a look at another tab.
  const [opened, setOpened] = useState<ReadonlySet<Section>>(() => new Set([section]));
  useEffect(() => setOpened((seen) => (seen.has(section) ? seen : new Set([...seen, section]))), [section]);
  const keep = (id: Section, content: () => ComponentChildren) =>
    (opened.has(id) || id === section) && (
      <div hidden={id !== section} data-section={id}>
        {content()}
      </div>
    );
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <Tabs t={t} tabs={SECTIONS} current={section} onSelect={setSection}>
        {keep('entities', () => (
          <EntityManager
            db={db}
            t={t}
            lang={lang}
            initialTarget={target}
            onTargetDone={() => replaceHash({})}
          />
        ))}
        {keep('packs', () => (
          <PacksSection db={db} t={t} />
        ))}
        {keep('settings', () => (
          <SettingsSection db={db} t={t} uiLang={uiLang} onUiLang={onUiLang} permission={permission} />
        ))}
        {keep('storage', () => (
          <StorageSection db={db} t={t} lang={lang} />
        ))}
      </Tabs>
    </main>
  );
}

function targetOf(hash: URLSearchParams): EditTarget | undefined {
  const entity = hash.get('entity');
  if (entity) return { mode: 'edit', id: entity };
  const add = hash.get('add');
  if (add !== null) return { mode: 'new', prefill: add };
  return undefined;
}

function sectionOf(hash: URLSearchParams): Section {
  const wanted = hash.get('section');
  return SECTIONS.find(([id]) => id === wanted)?.[0] ?? 'entities';
}
