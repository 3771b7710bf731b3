// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsSection } from '../../../components/options/SettingsSection.tsx';
import type { WikipediaPermission } from '../../../lib/browser/wikipedia-permission.ts';
import { getSettings, updateSettings } from '../../../lib/db/settings.ts';
import { en, seededDb } from './fixtures.ts';

/** A permission whose prompt the reader answers with `answer`. */
function fakePermission(answer: boolean, held = false) {
  let granted = held;
  const permission = {
    has: vi.fn(async () => granted),
    request: vi.fn(async () => {
      granted = answer;
      return answer;
    }),
    remove: vi.fn(async () => {
      granted = false;
    }),
  } satisfies WikipediaPermission;
  return permission;
}

async function createComponent(permission: WikipediaPermission, enrichment = false) {
  const db = await seededDb();
  await updateSettings(db, { enrichment });
  render(<SettingsSection db={db} t={en} uiLang="auto" onUiLang={vi.fn()} permission={permission} />);
  const toggle = (await screen.findByLabelText(/Online enrichment/)) as HTMLInputElement;
  return { db, toggle };
}

afterEach(cleanup);

describe('SettingsSection: online enrichment', () => {
  it('asks for Wikipedia access in the click itself, and turns on once granted', async () => {
    const permission = fakePermission(true);
    const { db, toggle } = await createComponent(permission);
    fireEvent.click(toggle);
    // Synchronously, in the event: a prompt after an await has lost the user gesture.
    expect(permission.request).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect((await getSettings(db)).enrichment).toBe(true));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('stays off with an explanation when the reader declines', async () => {
    const { db, toggle } = await createComponent(fakePermission(false));
    fireEvent.click(toggle);
    expect((await screen.findByRole('status')).textContent).toMatch(/not allowed to reach Wikipedia/);
    expect(toggle.checked).toBe(false);
    expect((await getSettings(db)).enrichment).toBe(false);
  });

  it('gives the permission back when turned off', async () => {
    const permission = fakePermission(true, true);
    const { db, toggle } = await createComponent(permission, true);
    await waitFor(() => expect(toggle.checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(async () => expect((await getSettings(db)).enrichment).toBe(false));
    expect(permission.remove).toHaveBeenCalledTimes(1);
  });

  it('shows as off when the permission was revoked in the browser', async () => {
    const { toggle } = await createComponent(fakePermission(true, false), true);
    await waitFor(() => expect(toggle.checked).toBe(false));
  });
});

describe('SettingsSection: hover delay', () => {
  it('keeps the delay in force when the field is cleared, and stores a typed one', async () => {
    const { db } = await createComponent(fakePermission(false));
    await updateSettings(db, { hoverDelayMs: 250 });
    const field = (await screen.findByLabelText('Hover delay (milliseconds)')) as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('250'));
    fireEvent.change(field, { target: { value: '' } });
    expect(field.value).toBe('250');
    expect((await getSettings(db)).hoverDelayMs).toBe(250);
    fireEvent.change(field, { target: { value: '400' } });
    await waitFor(async () => expect((await getSettings(db)).hoverDelayMs).toBe(400));
  });
});

describe('SettingsSection: restore the defaults', () => {
  const focused = () => document.activeElement as HTMLElement | null;

  async function withSites() {
    const onUiLang = vi.fn();
    const db = await seededDb();
    await updateSettings(db, { siteRules: { allow: [], deny: ['example.com'] }, hoverDelayMs: 400 });
    render(
      <SettingsSection db={db} t={en} uiLang="ar" onUiLang={onUiLang} permission={fakePermission(false)} />,
    );
    const reset = await screen.findByRole('button', { name: 'Restore the defaults' });
    return { db, onUiLang, reset };
  }

  it('asks first, and a cancel keeps every setting and gives focus back to the button', async () => {
    const { db, onUiLang, reset } = await withSites();
    fireEvent.click(reset);
    expect(screen.getByRole('dialog').textContent).toMatch(/Restore all settings to their defaults\?/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(focused()).toBe(reset));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await getSettings(db)).siteRules.deny).toEqual(['example.com']);
    expect(onUiLang).not.toHaveBeenCalled();
  });

  it('once confirmed, says so with an Undo that puts the sites, the settings and the language back', async () => {
    const { db, onUiLang, reset } = await withSites();
    fireEvent.click(reset);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restore the defaults' }));
    await waitFor(async () => expect((await getSettings(db)).siteRules.deny).toEqual([]));
    expect(onUiLang).toHaveBeenLastCalledWith('auto');
    expect((await screen.findByRole('status')).textContent).toMatch(/Settings restored to their defaults/);
    await waitFor(() => expect(focused()?.textContent).toBe('Undo'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getSettings(db)).siteRules.deny).toEqual(['example.com']));
    expect((await getSettings(db)).hoverDelayMs).toBe(400);
    expect(onUiLang).toHaveBeenLastCalledWith('ar');
    await waitFor(() => expect(focused()?.textContent).toBe('Restore the defaults'));
  });
});

describe('SettingsSection: site lists', () => {
  it('names the allow list for what it does: with any site on it, Siyaq runs only there', async () => {
    await createComponent(fakePermission(false));
    const input = screen.getByRole('textbox', { name: 'Run only on these sites: Site (e.g. example.com)' });
    const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      'Leave empty to run everywhere. Once a site is listed here, Siyaq is off on every other site.',
    );
  });
});
