// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardContainer } from '../../../components/CardContainer.tsx';
import { updateSettings } from '../../../lib/db/settings.ts';
import { storeSummary } from '../../../lib/db/summaries.ts';
import { en, makeEntity, seededDb } from './fixtures.ts';

const TARGET = { lang: 'en', title: 'Morocco' } as const;
const SUMMARY = {
  text: 'Morocco is a country in the Maghreb.',
  url: 'https://en.wikipedia.org/wiki/Morocco',
};

async function createComponent(enrichment: boolean) {
  const db = await seededDb([makeEntity({ links: { wikipedia_en: 'Morocco' } })]);
  await updateSettings(db, { enrichment });
  const onShow = vi.fn();
  render(<CardContainer db={db} t={en} id="morocco" langs={['en']} onShow={onShow} />);
  await screen.findByRole('heading', { name: 'Morocco' });
  return { db, onShow };
}

afterEach(cleanup);

describe('CardContainer with online enrichment', () => {
  it('asks for the shown entity’s summary', async () => {
    const { onShow } = await createComponent(true);
    expect(onShow).toHaveBeenCalledWith('morocco');
  });

  it('shows a summary as soon as the background caches it', async () => {
    const { db } = await createComponent(true);
    await storeSummary(db, 'morocco', TARGET, SUMMARY);
    expect(await screen.findByText(SUMMARY.text)).toBeTruthy();
    expect(screen.getByRole('link', { name: /From Wikipedia/ }).getAttribute('href')).toBe(SUMMARY.url);
  });

  it('shows no cached summary while the setting is off', async () => {
    const { db } = await createComponent(false);
    await storeSummary(db, 'morocco', TARGET, SUMMARY);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(SUMMARY.text)).toBeNull();
  });
});
