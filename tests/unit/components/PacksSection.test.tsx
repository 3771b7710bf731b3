// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PacksSection } from '../../../components/options/PacksSection.tsx';
import { CSV_HEADER } from '../../../lib/knowledge/csv.ts';
import { en, makeEntity, seededDb } from './fixtures.ts';

afterEach(cleanup);

async function createComponent() {
  const db = await seededDb([makeEntity()]);
  return { ...render(<PacksSection db={db} t={en} />), db };
}

const csv = (...rows: string[]) => [CSV_HEADER.join(','), ...rows].join('\n');
const choose = (text: string, name: string) =>
  fireEvent.change(screen.getByLabelText('Pack file (JSON or CSV)'), {
    target: { files: [new File([text], name, { type: 'text/csv' })] },
  });

describe('PacksSection', () => {
  it('lists installed packs with their entity counts', async () => {
    await createComponent();
    expect(await screen.findByText('Default pack')).toBeTruthy();
    expect(screen.getByText(/1 entities · Version 1\.0\.0/)).toBeTruthy();
  });

  it('switches a pack off', async () => {
    const { db } = await createComponent();
    fireEvent.click(await screen.findByRole('switch', { name: 'Use Default pack' }));
    await waitFor(async () => expect((await db.packs.get('default'))?.enabled).toBe(false));
  });

  it('imports a CSV file', async () => {
    const { db } = await createComponent();
    await screen.findByText('Default pack');
    choose(csv('rabat,place,الرباط,Rabat,,,,'), 'cities.csv');
    expect(await screen.findByText('Imported “cities”: 1 entities.')).toBeTruthy();
    expect(await db.entities.count()).toBe(2);
  });

  it('reports a bad CSV row by line and changes nothing', async () => {
    const { db } = await createComponent();
    await screen.findByText('Default pack');
    choose(csv('rabat,place,الرباط,Rabat,,,,', 'bad,planet,كوكب,Planet,,,,'), 'cities.csv');
    const report = await screen.findByTestId('import-error');
    expect(report.textContent).toContain('The file was not imported. Nothing was changed.');
    expect(report.textContent).toContain('line 3 column type');
    expect(await db.entities.count()).toBe(1);
    expect(await db.packs.count()).toBe(1);
  });
});
