// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageSection } from '../../../components/options/StorageSection.tsx';
import { storeSummary } from '../../../lib/db/summaries.ts';
import { en, seededDb } from './fixtures.ts';

afterEach(cleanup);

describe('StorageSection', () => {
  it('clears the cached Wikipedia summaries, and only them', async () => {
    const db = await seededDb();
    const summary = { text: 'Morocco is a country.', url: 'https://en.wikipedia.org/wiki/Morocco' };
    await storeSummary(db, 'morocco', { lang: 'en', title: 'Morocco' }, summary);
    await storeSummary(db, 'morocco', { lang: 'ar', title: 'المغرب' }, null);
    render(<StorageSection db={db} t={en} lang="en" estimate={async () => ({ usage: 1, quota: 2 })} />);
    expect(await screen.findByText('Cards cached: 2.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear cached cards' }));
    expect(await screen.findByText('Cached cards cleared.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Cards cached: 0.')).toBeTruthy());
    expect([await db.cards.count(), await db.entities.count()]).toEqual([0, 1]);
  });
});
