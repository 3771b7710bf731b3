// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/PopupApp.tsx';
import { getSettings } from '../../../lib/db/settings.ts';
import { createTranslator } from '../../../lib/i18n/translate.ts';
import { fakeActions, fakeTabs } from './fakes.ts';
import { makeEntity, report, seededDb, tabEntity } from './fixtures.ts';

afterEach(cleanup);

const pageReport = report([
  tabEntity(),
  tabEntity({
    id: 'fbi',
    type: 'org',
    name_ar: 'مكتب التحقيقات الفيدرالي',
    name_en: 'FBI',
    count: 3,
    first: 1,
  }),
]);

async function createComponent() {
  const db = await seededDb([
    makeEntity(),
    makeEntity({
      id: 'fbi',
      type: 'org',
      name_ar: 'مكتب التحقيقات الفيدرالي',
      name_en: 'FBI',
      aliases_ar: [],
    }),
  ]);
  const tabs = fakeTabs({ 7: pageReport });
  const actions = fakeActions();
  const view = render(
    <PopupApp
      locale={{ lang: 'en', dir: 'ltr', t: createTranslator('en') }}
      db={db}
      tabs={tabs.source}
      actions={actions}
    />,
  );
  return { ...view, db, actions };
}

describe('PopupApp', () => {
  it('counts the page’s entities and groups them by type', async () => {
    await createComponent();
    expect((await screen.findByTestId('entity-count')).textContent).toBe('2 entities');
    expect(screen.getByRole('heading', { name: 'Organisation (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Place (1)' })).toBeTruthy();
  });

  it('opens an entity’s card inline', async () => {
    await createComponent();
    fireEvent.click(await screen.findByRole('button', { name: /Morocco/ }));
    expect(await screen.findByText('A country in North Africa.')).toBeTruthy();
  });

  it('turns Siyaq off for the site through the deny list', async () => {
    const { db } = await createComponent();
    fireEvent.click(await screen.findByRole('switch', { name: /On for this site/ }));
    await waitFor(async () => expect((await getSettings(db)).siteRules.deny).toEqual(['news.example']));
  });

  it('searches the whole knowledge base instead of the page while a query is typed', async () => {
    await createComponent();
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'والمغرب' } });
    expect(await screen.findByText('1 result')).toBeTruthy();
    expect(screen.queryByTestId('entity-count')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Organisation (1)' })).toBeNull();
  });

  it('opens the side panel on the current tab', async () => {
    const { actions } = await createComponent();
    await screen.findByTestId('entity-count');
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect(actions.openSidePanel).toHaveBeenCalledWith({ tabId: 7, windowId: 1 }, {});
  });
});
