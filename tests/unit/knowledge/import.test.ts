import { describe, expect, it } from 'vitest';
import { putUserEntity } from '../../../lib/db/entities.ts';
import { getRevision } from '../../../lib/db/meta.ts';
import { setPackEnabled } from '../../../lib/db/packs.ts';
import { importPack } from '../../../lib/knowledge/import.ts';
import { PackError } from '../../../lib/knowledge/pack-error.ts';
import { freshDb, makeEntity, makePack, snapshot } from '../db/helpers.ts';

const CSV = 'id,type,name_ar,name_en,aliases_ar,aliases_en,description_ar,description_en\nx,org,س,,,,,\n';

describe('importPack', () => {
  it('installs a new pack with its entities, dated and unedited', async () => {
    const db = freshDb();
    const result = await importPack(db, makePack([makeEntity('a'), makeEntity('b')]), { now: 7 });
    expect(result).toMatchObject({ status: 'installed', added: 2, updated: 0, removed: 0, skipped: [] });
    expect(result.pack).toMatchObject({ id: 'test-pack', entityCount: 2, enabled: true, installedAt: 7 });
    expect(await db.entities.get('a')).toMatchObject({ pack: 'test-pack', userEdited: false, updatedAt: 7 });
  });

  it('accepts pack JSON text', async () => {
    const db = freshDb();
    await importPack(db, JSON.stringify(makePack([makeEntity('a')])));
    expect(await db.entities.count()).toBe(1);
  });

  it('bumps the knowledge revision', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a')]));
    expect(await getRevision(db)).toBe(1);
  });

  it.each([
    ['the same version', '1.0.0'],
    ['an older version', '0.9.0'],
  ])('reports %s as already installed and changes nothing', async (_label, version) => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a')], '1.0.0'));
    const result = await importPack(db, makePack([makeEntity('b')], version));
    expect(result.status).toBe('already-installed');
    expect(result.pack.version).toBe('1.0.0');
    expect((await db.entities.toArray()).map((e) => e.id)).toEqual(['a']);
  });

  it('reinstalls the same version when asked to replace', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a')]));
    const result = await importPack(db, makePack([makeEntity('b')]), { replace: true });
    expect(result.status).toBe('updated');
    expect((await db.entities.toArray()).map((e) => e.id)).toEqual(['b']);
  });

  it('updates a newer version in place: changed, added and dropped entities', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a'), makeEntity('b')], '1.0.0'), { now: 1 });
    const result = await importPack(
      db,
      makePack([makeEntity('a', { description_en: 'new' }), makeEntity('c')], '1.1.0'),
      { now: 2 },
    );
    expect(result).toMatchObject({ status: 'updated', added: 1, updated: 1, removed: 1, keptUserEdits: 0 });
    expect((await db.entities.toArray()).map((e) => e.id)).toEqual(['a', 'c']);
    expect((await db.entities.get('a'))?.description_en).toBe('new');
    expect(result.pack).toMatchObject({ version: '1.1.0', installedAt: 1, updatedAt: 2, entityCount: 2 });
  });

  it('keeps the user edits of an entity the new version changes', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a')], '1.0.0'));
    await putUserEntity(db, makeEntity('a', { description_en: 'mine' }));
    const result = await importPack(db, makePack([makeEntity('a', { description_en: 'theirs' })], '2.0.0'));
    expect(result.keptUserEdits).toBe(1);
    expect(await db.entities.get('a')).toMatchObject({ description_en: 'mine', userEdited: true });
  });

  it('keeps a user-edited entity the new version drops', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a'), makeEntity('b')], '1.0.0'));
    await putUserEntity(db, makeEntity('b', { description_en: 'mine' }));
    await importPack(db, makePack([makeEntity('a')], '2.0.0'));
    expect(await db.entities.get('b')).toMatchObject({ description_en: 'mine', pack: 'test-pack' });
  });

  it('keeps a disabled pack disabled across an update', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a')], '1.0.0'));
    await setPackEnabled(db, 'test-pack', false);
    expect((await importPack(db, makePack([makeEntity('a')], '1.0.1'))).pack.enabled).toBe(false);
  });

  it('skips ids that belong to another pack or to the user, and never takes them over', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('shared')], '1.0.0', 'first'));
    await putUserEntity(db, makeEntity('user.mine'));
    const result = await importPack(
      db,
      makePack([makeEntity('shared'), makeEntity('user.mine'), makeEntity('own')], '1.0.0', 'second'),
    );
    expect(result.skipped).toEqual(['shared', 'user.mine']);
    expect(await db.entities.get('shared')).toMatchObject({ pack: 'first' });
    expect(result.pack.entityCount).toBe(1);
  });

  it('reports progress in chunks up to the total', async () => {
    const db = freshDb();
    const calls: Array<[number, number]> = [];
    const entities = Array.from({ length: 5 }, (_, i) => makeEntity(`e${i}`));
    await importPack(db, makePack(entities), {
      chunkSize: 2,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [0, 5],
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('names a CSV pack after its file', async () => {
    const result = await importPack(freshDb(), CSV, { fileName: 'C:\\data\\My Places.csv' });
    expect(result.pack).toMatchObject({
      id: 'my-places',
      name: 'My Places',
      version: '1.0.0',
      source: 'CSV file C:\\data\\My Places.csv',
    });
  });

  it('gives CSV files with Arabic names packs of their own, each updated by its own file', async () => {
    const db = freshDb();
    const cities = await importPack(db, CSV, { fileName: 'مدن.csv' });
    const people = await importPack(db, CSV.replace('x,org', 'p,person'), { fileName: 'أشخاص 2024.csv' });
    expect(cities.pack.id).not.toBe(people.pack.id);
    expect(cities.pack.id).toMatch(/^csv-[0-9a-f]{8}$/);
    expect(people.pack.id).toMatch(/^csv-2024-[0-9a-f]{8}$/);
    expect((await importPack(db, CSV, { fileName: 'مدن.csv' })).pack.id).toBe(cities.pack.id);
    expect((await db.entities.toArray()).map((e) => [e.id, e.pack]).sort()).toEqual(
      [
        ['p', people.pack.id],
        ['x', cities.pack.id],
      ].sort(),
    );
  });

  it('asks about removals only when an update deletes entities', async () => {
    const db = freshDb();
    const asked: number[] = [];
    const confirmRemovals = async (_pack: unknown, count: number) => {
      asked.push(count);
      return true;
    };
    await importPack(db, CSV, { fileName: 'p.csv', confirmRemovals });
    await importPack(db, CSV.replace('\n', '\ny,org,ص,,,,,\n'), { fileName: 'p.csv', confirmRemovals });
    expect(asked).toEqual([]);
    const result = await importPack(db, CSV.replace('x,org', 'z,org'), {
      fileName: 'p.csv',
      confirmRemovals,
    });
    expect(asked).toEqual([2]);
    expect(result.removed).toBe(2);
  });

  it('takes CSV pack metadata from the caller', async () => {
    const meta = { id: 'places', name: 'Places', license: 'CC-BY-4.0' };
    expect((await importPack(freshDb(), CSV, { meta })).pack).toMatchObject(meta);
  });

  it('updates from the same CSV file again without a version', async () => {
    const db = freshDb();
    await importPack(db, CSV, { fileName: 'p.csv' });
    const result = await importPack(db, CSV.replace('x,org', 'y,org'), { fileName: 'p.csv' });
    expect(result.status).toBe('updated');
    expect((await db.entities.toArray()).map((e) => e.id)).toEqual(['y']);
  });

  it('refuses a CSV file that would replace a JSON pack of the same name, and changes nothing', async () => {
    const db = freshDb();
    const rich = makeEntity('x', {
      links: { wikipedia_ar: 'المغرب', wikidata: 'Q1028' },
      related: ['rabat'],
      facts: [{ label_ar: 'العاصمة', label_en: 'Capital', value_ar: 'الرباط', value_en: 'Rabat' }],
    });
    await importPack(db, makePack([rich], '2.0.0', 'test-pack'));
    const before = await snapshot(db);
    // The pack's own CSV export, imported again under its file name.
    const error = await importPack(db, CSV, { fileName: 'test-pack.csv' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackError);
    expect((error as PackError).message).toContain('was installed from a JSON pack file');
    expect(await snapshot(db)).toEqual(before);
  });

  it('tells a CSV pack installed before packs recorded their origin by its source line', async () => {
    const db = freshDb();
    await importPack(db, CSV, { fileName: 'p.csv' });
    await db.packs.update('p', { origin: undefined });
    const result = await importPack(db, CSV.replace('x,org', 'y,org'), { fileName: 'p.csv' });
    expect([result.status, result.pack.origin]).toEqual(['updated', 'csv']);
  });
});
