// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PanelRequest } from '../../../components/hooks/panel-requests.ts';
import { SidePanelApp } from '../../../components/SidePanelApp.tsx';
import { createTranslator } from '../../../lib/i18n/translate.ts';
import { fakeActions, fakeTabs } from './fakes.ts';
import { makeEntity, report, seededDb, tabEntity } from './fixtures.ts';

afterEach(cleanup);
beforeEach(() => history.replaceState(null, '', '/sidepanel.html'));

const reports = {
  7: report([tabEntity()]),
  8: report([tabEntity({ id: 'rabat', name_ar: 'الرباط', name_en: 'Rabat', count: 4 })], { tabId: 8 }),
  9: report([], { tabId: 9, status: 'not-arabic' }),
};

async function createComponent() {
  const db = await seededDb([
    makeEntity(),
    makeEntity({ id: 'rabat', name_ar: 'الرباط', name_en: 'Rabat', aliases_ar: [] }),
  ]);
  const tabs = fakeTabs(reports);
  const actions = fakeActions();
  let request: ((r: PanelRequest) => void) | undefined;
  const requests = (listener: (r: PanelRequest) => void) => {
    request = listener;
    return () => undefined;
  };
  render(
    <SidePanelApp
      locale={{ lang: 'en', dir: 'ltr', t: createTranslator('en') }}
      db={db}
      tabs={tabs.source}
      actions={actions}
      requests={requests}
    />,
  );
  return { tabs, actions, request: (r: PanelRequest) => request?.(r) };
}

describe('SidePanelApp', () => {
  it('lists the active tab’s entities with mention counts', async () => {
    await createComponent();
    expect(await screen.findByRole('button', { name: /Morocco.*2 mentions/ })).toBeTruthy();
  });

  it('follows a switch to another tab of the window', async () => {
    const { tabs } = await createComponent();
    await screen.findByRole('button', { name: /Morocco/ });
    tabs.emit({ kind: 'activated', tab: { tabId: 8, windowId: 1 } });
    expect(await screen.findByRole('button', { name: /Rabat.*4 mentions/ })).toBeTruthy();
  });

  it('ignores tabs activated in another window', async () => {
    const { tabs } = await createComponent();
    await screen.findByRole('button', { name: /Morocco/ });
    tabs.emit({ kind: 'activated', tab: { tabId: 8, windowId: 2 } });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('button', { name: /Rabat/ })).toBeNull();
  });

  it('says when the page is not Arabic', async () => {
    const { tabs } = await createComponent();
    await screen.findByRole('button', { name: /Morocco/ });
    tabs.emit({ kind: 'activated', tab: { tabId: 9, windowId: 1 } });
    expect((await screen.findByRole('status')).textContent).toBe('This page is not in Arabic.');
  });

  it('shows the full card of a selected entity and asks the page to reveal it', async () => {
    const { actions } = await createComponent();
    fireEvent.click(await screen.findByRole('button', { name: /Morocco/ }));
    expect(await screen.findByText('A country in North Africa.')).toBeTruthy();
    expect(actions.reveal).toHaveBeenCalledWith(7, 'morocco', 0);
  });

  it('goes back to the list when another tab without the open entity becomes active', async () => {
    const { tabs } = await createComponent();
    fireEvent.click(await screen.findByRole('button', { name: /Morocco/ }));
    expect(await screen.findByText('A country in North Africa.')).toBeTruthy();
    tabs.emit({ kind: 'activated', tab: { tabId: 8, windowId: 1 } });
    expect(await screen.findByRole('button', { name: /Rabat.*4 mentions/ })).toBeTruthy();
    expect(screen.queryByText('A country in North Africa.')).toBeNull();
  });

  it('moves to the next mention on each "Show on the page"', async () => {
    const { actions } = await createComponent();
    fireEvent.click(await screen.findByRole('button', { name: /Morocco/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Show on the page' }));
    expect(actions.reveal).toHaveBeenLastCalledWith(7, 'morocco', 1);
  });

  it('searches for a query sent by the context menu', async () => {
    const { request } = await createComponent();
    await screen.findByRole('button', { name: /Morocco/ });
    request({ query: 'بالرباط' });
    expect(((await screen.findByRole('searchbox')) as HTMLInputElement).value).toBe('بالرباط');
    expect(await screen.findByText('1 result')).toBeTruthy();
  });

  it('focuses the card’s heading when an entity opens, and its row again on Back to list', async () => {
    await createComponent();
    const row = await screen.findByRole('button', { name: /Morocco/ });
    row.focus();
    fireEvent.click(row);
    const heading = await screen.findByRole('heading', { name: 'المغرب' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: 'Back to the list' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Morocco/ })));
  });

  it('keeps the list’s type filter for the way back from a card', async () => {
    await createComponent();
    const filter = (await screen.findByRole('combobox', { name: 'Filter by type' })) as HTMLSelectElement;
    fireEvent.change(filter, { target: { value: 'place' } });
    fireEvent.click(await screen.findByRole('button', { name: /Morocco/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Back to the list' }));
    expect(
      ((await screen.findByRole('combobox', { name: 'Filter by type' })) as HTMLSelectElement).value,
    ).toBe('place');
  });

  it('opens an entity from the #entity= deep link', async () => {
    history.replaceState(null, '', '/sidepanel.html#entity=rabat');
    await createComponent();
    expect(await screen.findByRole('heading', { name: 'الرباط' })).toBeTruthy();
  });
});
