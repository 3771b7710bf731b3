// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { PacksSection } from '../../../components/options/PacksSection.tsx';
import { removePack, setPackEnabled } from '../../../lib/db/packs.ts';
import { isolate } from '../../../lib/i18n/translator.ts';
import { exportBackup } from '../../../lib/knowledge/backup.ts';
import { CSV_HEADER } from '../../../lib/knowledge/csv.ts';
import { ar, en, makeEntity, seededDb } from './fixtures.ts';

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
    expect(screen.getByText(/1 entity · Version 1\.0\.0/)).toBeTruthy();
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
    expect(await screen.findByText(`Imported “${isolate('cities')}”: 1 entity.`)).toBeTruthy();
    expect(await db.entities.count()).toBe(2);
  });

  it('reports a bad CSV row by line and changes nothing', async () => {
    const { db } = await createComponent();
    await screen.findByText('Default pack');
    choose(csv('rabat,place,الرباط,Rabat,,,,', 'bad,planet,كوكب,Planet,,,,'), 'cities.csv');
    const report = await screen.findByTestId('import-error');
    expect(report.textContent).toContain('The file was not imported. Nothing was changed.');
    expect(report.textContent).toContain(`line 3, column ${isolate('type')}`);
    expect(await db.entities.count()).toBe(1);
    expect(await db.packs.count()).toBe(1);
  });

  it('says so when the same version is already installed, and nothing changed', async () => {
    await createComponent();
    await screen.findByText('Default pack');
    const pack = {
      id: 'default',
      name: 'Default pack',
      version: '1.0.0',
      source: 'tests',
      license: 'CC0-1.0',
    };
    choose(JSON.stringify({ format: 'siyaq-pack', format_version: 1, pack, entities: [] }), 'default.json');
    expect(
      await screen.findByText(
        `“${isolate('Default pack')}” version 1.0.0 is already installed; nothing changed.`,
      ),
    ).toBeTruthy();
  });

  it('counts what an import changed and names the ids it left to their owners', async () => {
    await createComponent();
    await screen.findByText('Default pack');
    choose(csv('morocco,place,المغرب,Morocco,,,,', 'rabat,place,الرباط,Rabat,,,,'), 'cities.csv');
    expect(await screen.findByText('Added 1, updated 0, removed 0.')).toBeTruthy();
    expect(screen.getByTestId('import-skipped').textContent).toBe(
      '1 entity was not imported: its id belongs to another pack or to your own entities: morocco',
    );
  });

  it('asks before an update deletes entities, and changes nothing when the reader cancels', async () => {
    const { db } = await createComponent();
    await screen.findByText('Default pack');
    const before = (await db.entities.toArray()).map((e) => e.id);
    const pack = { id: 'default', name: 'Default pack', version: '9.0.0', source: 'x', license: 'CC0-1.0' };
    const file = JSON.stringify({
      format: 'siyaq-pack',
      format_version: 1,
      pack,
      entities: [{ id: 'other', type: 'place', name_ar: 'مكان' }],
    });
    choose(file, 'takeover.json');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain(
      `This file updates the pack “${isolate('Default pack')}” and deletes 1 of its entities`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(
      await screen.findByText(
        `The import of the pack “${isolate('Default pack')}” was cancelled; nothing changed.`,
      ),
    ).toBeTruthy();
    expect((await db.entities.toArray()).map((e) => e.id)).toEqual(before);
    expect((await db.packs.get('default'))?.version).toBe('1.0.0');

    choose(file, 'takeover.json');
    fireEvent.click(await screen.findByRole('button', { name: 'Import and delete' }));
    expect(await screen.findByText('Added 1, updated 0, removed 1.')).toBeTruthy();
    expect((await db.entities.toArray()).map((e) => e.id)).toEqual(['other']);
  });

  it('installs no empty pack when nothing in the file can be imported', async () => {
    const { db } = await createComponent();
    await screen.findByText('Default pack');
    const [id] = await db.entities.toCollection().primaryKeys();
    choose(csv(`${id},place,المغرب,Morocco,,,,`), 'export.csv');
    expect(
      await screen.findByText(
        `Nothing in this file can be imported, so the pack “${isolate('export')}” was not installed.`,
      ),
    ).toBeTruthy();
    expect(screen.getByTestId('import-skipped').textContent).toContain(String(id));
    expect(await db.packs.count()).toBe(1);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { db } = await createComponent();
    await screen.findByText('Default pack');
    const huge = new File(['x'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    huge.text = () => Promise.reject(new Error('read a file over the limit'));
    fireEvent.change(screen.getByLabelText('Pack file (JSON or CSV)'), { target: { files: [huge] } });
    expect((await screen.findByTestId('import-error')).textContent).toContain(
      `The file is too large (${isolate('200.0 MB')}); the limit is`,
    );
    expect(await db.packs.count()).toBe(1);
  });

  it('offers the default pack back after it was removed, and restores it', async () => {
    const db = await seededDb([makeEntity()]);
    const bundled = {
      format: 'siyaq-pack',
      format_version: 1,
      pack: { id: 'default', name: 'Default pack', version: '1.0.0', source: 'tests', license: 'CC0-1.0' },
      entities: [makeEntity()],
    };
    render(<PacksSection db={db} t={en} readDefaultPack={async () => structuredClone(bundled)} />);
    await screen.findByText('Default pack');
    expect(screen.queryByRole('button', { name: 'Restore the default pack' })).toBeNull();
    await removePack(db, 'default');
    fireEvent.click(await screen.findByRole('button', { name: 'Restore the default pack' }));
    expect(await screen.findByText(`Imported “${isolate('Default pack')}”: 1 entity.`)).toBeTruthy();
    expect(await db.entities.count()).toBe(1);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Restore the default pack' })).toBeNull(),
    );
  });

  it('restores a backup file with its packs and edits, and says so', async () => {
    const { db } = await createComponent();
    await screen.findByText('Default pack');
    await setPackEnabled(db, 'default', false);
    const backup = await exportBackup(db);
    await db.packs.update('default', { enabled: true });
    choose(backup, 'siyaq-backup.json');
    expect(
      await screen.findByText(
        "Backup restored: 1 entity and 1 pack, with your edits and each pack's on/off state.",
      ),
    ).toBeTruthy();
    expect((await db.packs.get('default'))?.enabled).toBe(false);
  });

  it('removes a pack after asking, offers Undo with focus on it, and Undo puts it back as it was', async () => {
    const { db } = await createComponent();
    await setPackEnabled(db, 'default', false);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Default pack' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove' }));
    const status = await screen.findByText(`Removed the pack “${isolate('Default pack')}” and its 1 entity.`);
    expect(await db.packs.count()).toBe(0);
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(status.closest('[role="status"]')).toBeTruthy();
    fireEvent.click(undo);
    expect(await screen.findByText(`The pack “${isolate('Default pack')}” is back, as it was.`)).toBeTruthy();
    expect(await db.packs.get('default')).toMatchObject({ enabled: false, entityCount: 1 });
    expect((await db.entities.toArray()).map((e) => [e.id, e.pack])).toEqual([['morocco', 'default']]);
    const removeAgain = await screen.findByRole('button', { name: 'Remove Default pack' });
    await waitFor(() => expect(document.activeElement).toBe(removeAgain));
  });

  it('says in the interface language why an Undo was refused, and leaves the pack installed since alone', async () => {
    const db = await seededDb([makeEntity()]);
    const row = (await db.packs.get('default'))!;
    render(<PacksSection db={db} t={ar} />);
    fireEvent.click(await screen.findByRole('button', { name: 'إزالة Default pack' }));
    fireEvent.click(await screen.findByRole('button', { name: 'إزالة' }));
    const undo = await screen.findByRole('button', { name: 'تراجع' });
    // Installed again (another tab, a backup) before the reader pressed Undo.
    await db.packs.put({ ...row, version: '2.0.0' });
    fireEvent.click(undo);
    expect(
      await screen.findByText(`ثُبّتت «${isolate('Default pack')}» من جديد بعد إزالتها، فتُركت كما هي الآن.`),
    ).toBeTruthy();
    expect((await db.packs.get('default'))?.version).toBe('2.0.0');
  });

  it('says why a removal failed instead of failing silently', async () => {
    const { db } = await createComponent();
    const failing = vi.spyOn(db.packs, 'delete').mockRejectedValueOnce(new Error('disk is full'));
    onTestFinished(() => failing.mockRestore());
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Default pack' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('That did not work: disk is full')).toBeTruthy();
    expect(await db.packs.count()).toBe(1);
    expect(await db.entities.count()).toBe(1);
  });

  describe('export', () => {
    /** The files the section hands to the browser's download UI, read back as text. */
    function captureDownloads() {
      const blobs: Blob[] = [];
      const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob);
        return 'blob:test';
      });
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      onTestFinished(() => {
        create.mockRestore();
        click.mockRestore();
      });
      return blobs;
    }

    it('shows progress while everything is read, allows one export at a time, and saves a backup', async () => {
      const many = Array.from({ length: 4_500 }, (_, i) => makeEntity({ id: `e${i}` }));
      const db = await seededDb(many);
      render(<PacksSection db={db} t={en} />);
      const blobs = captureDownloads();
      await screen.findByText('Default pack');
      const exportAll = await screen.findByRole('button', {
        name: 'Export everything (JSON: a full backup)',
      });
      fireEvent.click(exportAll);
      const bar = await screen.findByRole('progressbar', { name: 'Preparing the export…' });
      expect(exportAll.hasAttribute('disabled')).toBe(true);
      expect(screen.getByRole('button', { name: 'Export Default pack' }).hasAttribute('disabled')).toBe(true);
      fireEvent.click(exportAll);
      await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
      expect(bar.getAttribute('max')).toBe('4500');
      expect(blobs).toHaveLength(1);
      const backup = JSON.parse(await blobs[0]!.text());
      expect([backup.format, backup.entities.length]).toEqual(['siyaq-backup', 4_500]);
      expect(exportAll.hasAttribute('disabled')).toBe(false);
    });

    it('says why an export failed and lets the reader try again', async () => {
      const { db } = await createComponent();
      const blobs = captureDownloads();
      const failing = vi.spyOn(db.entities, 'bulkGet').mockRejectedValueOnce(new Error('QuotaExceededError'));
      onTestFinished(() => failing.mockRestore());
      fireEvent.click(await screen.findByRole('button', { name: 'Export Default pack' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('The export failed. Nothing was changed.');
      expect(alert.textContent).toContain('QuotaExceededError');
      expect(blobs).toHaveLength(0);
      fireEvent.click(screen.getByRole('button', { name: 'Export Default pack' }));
      await waitFor(() => expect(blobs).toHaveLength(1));
      expect(screen.queryByRole('alert')).toBeNull();
      expect(JSON.parse(await blobs[0]!.text()).entities.map((e: { id: string }) => e.id)).toEqual([
        'morocco',
      ]);
    });
  });
});
