import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { putUserEntity, toEntity } from '../../../lib/db/entities.ts';
import { exportAll, exportPack } from '../../../lib/knowledge/export.ts';
import { importPack } from '../../../lib/knowledge/import.ts';
import type { Entity } from '../../../lib/knowledge/types.ts';
import { freshDb, makeEntity, makePack } from '../db/helpers.ts';

const rich: Entity = makeEntity('morocco', {
  name_ar: 'المغرب',
  name_en: 'Morocco',
  aliases_ar: ['المملكة المغربية'],
  aliases_en: ['Kingdom of Morocco'],
  description_ar: 'بلد في شمال إفريقيا، "المغرب الأقصى".\nسطر ثان',
  description_en: 'A country, with "quotes".',
  facts: [{ label_ar: 'العاصمة', label_en: 'Capital', value_ar: 'الرباط', value_en: 'Rabat' }],
  related: ['rabat'],
  links: { wikipedia_ar: 'المغرب', wikipedia_en: 'Morocco', wikidata: 'Q1028', website: 'https://maroc.ma/' },
  as_of: '2026',
});
const pack = makePack([rich, makeEntity('rabat', { name_en: '<b>Rabat</b>' })], '1.2.0');
pack.pack.description = 'A test pack';

const entitiesOf = async (db: ReturnType<typeof freshDb>) => (await db.entities.toArray()).map(toEntity);

/** What survives CSV: facts, related, links and as_of are JSON-only. */
const csvColumns = ({ facts: _f, related: _r, links: _l, as_of: _a, ...e }: Entity): Entity => ({
  ...e,
  facts: [],
  related: [],
  links: {},
});

describe('export', () => {
  it('JSON round-trips a pack: export → import → equal', async () => {
    const source = freshDb();
    await importPack(source, pack);
    const text = await exportPack(source, 'test-pack', 'json');
    const target = freshDb();
    const result = await importPack(target, text);
    expect(result.pack).toMatchObject(pack.pack);
    expect(await entitiesOf(target)).toEqual(pack.entities);
  });

  it('JSON export is the pack file, one entity per line', async () => {
    const db = freshDb();
    await importPack(db, pack);
    const text = await exportPack(db, 'test-pack', 'json');
    expect(JSON.parse(text)).toEqual(pack);
    expect(text.split('\n')).toHaveLength(pack.entities.length + 3);
  });

  it('CSV round-trips the eight columns', async () => {
    const source = freshDb();
    await importPack(source, pack);
    const target = freshDb();
    await importPack(target, await exportPack(source, 'test-pack', 'csv'), { fileName: 'test-pack.csv' });
    expect(await entitiesOf(target)).toEqual(pack.entities.map(csvColumns));
  });

  it('exports user edits as edited', async () => {
    const db = freshDb();
    await importPack(db, pack);
    await putUserEntity(db, { ...rich, description_en: 'mine' });
    const file = JSON.parse(await exportPack(db, 'test-pack', 'json'));
    expect(file.entities[0].description_en).toBe('mine');
  });

  it('exports the user entities as an importable pack', async () => {
    const db = freshDb();
    await putUserEntity(db, makeEntity('user.a'));
    const text = await exportPack(db, 'user', 'json', { now: Date.UTC(2026, 4, 3, 14, 30, 15) });
    expect(JSON.parse(text).pack).toMatchObject({ id: 'my-entities', version: '2026.5.3.143015' });
    expect((await importPack(freshDb(), text)).added).toBe(1);
  });

  it('exports everything, user entities included', async () => {
    const db = freshDb();
    await importPack(db, pack);
    await putUserEntity(db, makeEntity('user.a'));
    const file = JSON.parse(await exportAll(db, 'json'));
    expect(file.entities.map((e: Entity) => e.id).sort()).toEqual(['morocco', 'rabat', 'user.a']);
  });

  it('reads a large export in chunks, reporting progress, in id order', async () => {
    const db = freshDb();
    const many = Array.from({ length: 4_500 }, (_, i) => makeEntity(`e${String(i).padStart(5, '0')}`));
    await importPack(db, makePack(many, '1.0.0'));
    await putUserEntity(db, makeEntity('user.a'));
    const progress: Array<[number, number]> = [];
    const file = JSON.parse(
      await exportAll(db, 'json', { onProgress: (done, total) => progress.push([done, total]) }),
    );
    expect(progress).toEqual([
      [0, 4_501],
      [2_000, 4_501],
      [4_000, 4_501],
      [4_501, 4_501],
    ]);
    const ids = file.entities.map((e: Entity) => e.id);
    expect(ids).toHaveLength(4_501);
    expect(ids).toEqual([...ids].sort());
    const one = await exportPack(db, 'user', 'json', {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(JSON.parse(one).entities.map((e: Entity) => e.id)).toEqual(['user.a']);
    expect(progress.slice(-2)).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('exports one consistent set: an edit made during the export is all in or all out', async () => {
    const db = freshDb();
    const many = Array.from({ length: 4_500 }, (_, i) => makeEntity(`e${String(i).padStart(5, '0')}`));
    await importPack(db, makePack(many, '1.0.0'));
    let edit: Promise<unknown> | undefined;
    const text = await exportAll(db, 'json', {
      onProgress: (done) => {
        // Between the first chunks, from outside the export (another tab): delete the first and last entity.
        if (done === 2_000)
          edit ??= Dexie.ignoreTransaction(() => db.entities.bulkDelete(['e00000', 'e04499']));
      },
    });
    await edit;
    const ids = JSON.parse(text).entities.map((e: Entity) => e.id);
    expect([ids.includes('e00000'), ids.includes('e04499')]).toEqual([true, true]);
    expect(await db.entities.count()).toBe(4_498);
  });
});
