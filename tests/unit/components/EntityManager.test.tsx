// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityManager } from '../../../components/options/EntityManager.tsx';
import { ar, en, HOSTILE, makeEntity, seededDb } from './fixtures.ts';

afterEach(cleanup);

type Props = ComponentProps<typeof EntityManager>;

async function createComponent(props: Partial<Props> = {}, entities = [makeEntity()]) {
  const db = await seededDb(entities);
  const all: Props = { db, t: en, lang: 'en', ...props };
  return { ...render(<EntityManager {...all} />), db };
}

describe('EntityManager', () => {
  it('lists stored entities', async () => {
    await createComponent();
    expect(await screen.findByRole('rowheader', { name: /Morocco/ })).toBeTruthy();
  });

  it('isolates the pack name in its column, so a Latin name keeps its punctuation in an Arabic table', async () => {
    await createComponent({ t: ar, lang: 'ar' });
    const row = (await screen.findByRole('rowheader', { name: /المغرب/ })).closest('tr');
    expect(row?.querySelector('bdi')?.textContent).toBe('Default pack');
  });

  // Stored in this order, so the most recently changed is Cairo: neither name order starts with it, and
  // the Arabic and English orders differ (بيروت after القاهرة, Beirut before Cairo).
  const cities = [
    makeEntity({ id: 'tunis', name_ar: 'تونس', name_en: 'Tunis', aliases_ar: [] }),
    makeEntity({ id: 'beirut', name_ar: 'بيروت', name_en: 'Beirut', aliases_ar: [] }),
    makeEntity({ id: 'algiers', name_ar: 'الجزائر', name_en: 'Algiers', aliases_ar: [] }),
    makeEntity({ id: 'cairo', name_ar: 'القاهرة', name_en: 'Cairo', aliases_ar: [] }),
  ];
  /** The cities in the rows, in order (a row also shows the other language's name). */
  const listed = (names: RegExp) =>
    screen.getAllByRole('rowheader').map((cell) => cell.textContent?.match(names)?.[0]);
  const english = /Algiers|Beirut|Cairo|Tunis/;

  it('lists by name in the interface language, or the most recently changed first', async () => {
    await createComponent({}, cities);
    await waitFor(() => expect(listed(english)).toEqual(['Algiers', 'Beirut', 'Cairo', 'Tunis']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Order' }), { target: { value: 'recent' } });
    await waitFor(() => expect(listed(english)).toEqual(['Cairo', 'Algiers', 'Beirut', 'Tunis']));
  });

  it('orders an Arabic list in the Arabic alphabet', async () => {
    await createComponent({ t: ar, lang: 'ar' }, cities);
    // ال + ج, ال + ق, then ب, then ت.
    await waitFor(() =>
      expect(listed(/الجزائر|القاهرة|بيروت|تونس/)).toEqual(['الجزائر', 'القاهرة', 'بيروت', 'تونس']),
    );
  });

  it('leaves a search in match order: the order is for the full list', async () => {
    await createComponent({}, cities);
    const order = screen.getByRole('combobox', { name: 'Order' }) as HTMLSelectElement;
    expect(order.disabled).toBe(false);
    // Punctuation alone is no search: the full list, in its order, stays.
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search entities' }), { target: { value: '«،»' } });
    expect(order.disabled).toBe(false);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search entities' }), {
      target: { value: 'تونس' },
    });
    expect(order.disabled).toBe(true);
    expect(order.title).toBe('A search lists the closest matches first');
  });

  it('finds an entity by an Arabic alias with a proclitic', async () => {
    await createComponent({}, [
      makeEntity(),
      makeEntity({ id: 'rabat', name_ar: 'الرباط', name_en: 'Rabat', aliases_ar: [] }),
    ]);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search entities' }), {
      target: { value: 'بالرباط' },
    });
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /Morocco/ })).toBeNull());
    expect(await screen.findByRole('rowheader', { name: /Rabat/ })).toBeTruthy();
  });

  it('deletes after confirmation, and Undo brings the entity back', async () => {
    const { db } = await createComponent();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Morocco' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.entities.get('morocco')).toBeUndefined());
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.entities.get('morocco'))?.name_en).toBe('Morocco'));
  });

  it('keeps the entity when the deletion is cancelled', async () => {
    const { db } = await createComponent();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Morocco' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await db.entities.get('morocco')).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  describe('keeps the keyboard where the reader is', () => {
    const focused = () => document.activeElement as HTMLElement | null;

    it('into the form’s first field, and back to Add on Cancel', async () => {
      await createComponent();
      fireEvent.click(await screen.findByRole('button', { name: 'Add an entity' }));
      await waitFor(() => expect(focused()?.id).toBe('field-name_ar'));
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(focused()?.textContent).toBe('Add an entity'));
    });

    it('back to the row’s Edit after its form, and to its Delete after a cancelled delete', async () => {
      await createComponent();
      fireEvent.click(await screen.findByRole('button', { name: 'Edit Morocco' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(focused()?.getAttribute('aria-label')).toBe('Edit Morocco'));
      fireEvent.click(screen.getByRole('button', { name: 'Delete Morocco' }));
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(focused()?.getAttribute('aria-label')).toBe('Delete Morocco'));
    });

    it('on Undo after a delete, then on the row Undo brought back', async () => {
      await createComponent();
      fireEvent.click(await screen.findByRole('button', { name: 'Delete Morocco' }));
      fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await waitFor(() => expect(focused()?.textContent).toBe('Undo'));
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(focused()?.getAttribute('aria-label')).toBe('Edit Morocco'));
    });
  });

  it('opens the add form prefilled from a deep link and saves a new user entity', async () => {
    const { db } = await createComponent({ initialTarget: { mode: 'new', prefill: 'حموشي' } });
    expect(((await screen.findByLabelText('Arabic name')) as HTMLInputElement).value).toBe('حموشي');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.entities.where('pack').equals('user').count()).toBe(1));
  });

  it('shows problems in place and saves nothing while the form is invalid', async () => {
    const { db } = await createComponent({ initialTarget: { mode: 'new' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect((await screen.findAllByText('Required.')).length).toBeGreaterThan(0);
    expect(await db.entities.count()).toBe(1);
  });

  it('edits an entity from a deep link and stores the change as the user’s edit', async () => {
    const { db } = await createComponent({ initialTarget: { mode: 'edit', id: 'morocco' } });
    const name = (await screen.findByLabelText('English name')) as HTMLInputElement;
    fireEvent.input(name, { target: { value: HOSTILE } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.entities.get('morocco'))?.name_en).toBe(HOSTILE));
    expect((await db.entities.get('morocco'))?.userEdited).toBe(true);
  });
});
