import { describe, expect, it } from 'vitest';
import { putUserEntity } from '../../../lib/db/entities.ts';
import { removedPacks } from '../../../lib/db/meta.ts';
import { removePack, setPackEnabled } from '../../../lib/db/packs.ts';
import type { StoredEntity } from '../../../lib/db/types.ts';
import { exportBackup, isBackup, parseBackup, restoreBackup } from '../../../lib/knowledge/backup.ts';
import { importPack } from '../../../lib/knowledge/import.ts';
import { importFile } from '../../../lib/knowledge/import-file.ts';
import { PackError } from '../../../lib/knowledge/pack-error.ts';
import { freshDb, makeEntity, makePack, snapshot } from '../db/helpers.ts';

const DEFAULT = makePack(
  [makeEntity('morocco', { name_ar: 'المغرب' }), makeEntity('rabat', { name_ar: 'الرباط' })],
  '1.0.0',
  'default',
);
const CITIES = makePack([makeEntity('casablanca', { name_ar: 'الدار البيضاء' })], '2.0.0', 'cities');

/** What a reader made of their install: an edit, an entity of their own, a pack switched off. */
async function usedDb() {
  const db = freshDb();
  await importPack(db, DEFAULT);
  await importPack(db, CITIES);
  await putUserEntity(
    db,
    makeEntity('rabat', { name_ar: 'الرباط', description_ar: 'عاصمة المغرب، عدّلها القارئ.' }),
  );
  await putUserEntity(db, makeEntity('user.hammouchi', { type: 'person', name_ar: 'عبد اللطيف حموشي' }));
  await setPackEnabled(db, 'cities', false);
  return db;
}

/** The parts of a stored entity a restore must give back. */
const owned = (e: StoredEntity) => [e.id, e.pack, e.userEdited, e.description_ar];

describe('backup and restore', () => {
  it('gives a fresh install back the reader’s edits, own entities and switched-off packs', async () => {
    const db = await usedDb();
    const text = await exportBackup(db);
    expect(isBackup(JSON.parse(text))).toBe(true);

    const fresh = freshDb();
    await importPack(fresh, DEFAULT);
    const result = await restoreBackup(fresh, parseBackup(text));
    expect(result).toEqual({ entities: 4, packs: 2 });
    const sort = (rows: StoredEntity[]) =>
      rows.map(owned).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(sort(await fresh.entities.toArray())).toEqual(sort(await db.entities.toArray()));
    expect((await fresh.packs.toArray()).map((p) => [p.id, p.enabled, p.entityCount]).sort()).toEqual([
      ['cities', false, 1],
      ['default', true, 2],
    ]);
  });

  it('a restored edit survives the next update of its pack', async () => {
    const fresh = freshDb();
    await restoreBackup(fresh, parseBackup(await exportBackup(await usedDb())));
    const update = makePack(
      [
        makeEntity('morocco', { name_ar: 'المغرب' }),
        makeEntity('rabat', { description_ar: 'نص الحزمة الجديد' }),
      ],
      '1.1.0',
      'default',
    );
    expect((await importPack(fresh, update)).keptUserEdits).toBe(1);
    expect((await fresh.entities.get('rabat'))?.description_ar).toBe('عاصمة المغرب، عدّلها القارئ.');
  });

  it('keeps what the backup does not hold, and forgets that a restored pack was removed', async () => {
    const db = await usedDb();
    const text = await exportBackup(db);
    await removePack(db, 'cities');
    await putUserEntity(db, makeEntity('user.new', { name_ar: 'كيان جديد' }));
    await restoreBackup(db, parseBackup(text));
    expect(await db.entities.get('user.new')).toBeDefined();
    expect((await db.packs.get('cities'))?.enabled).toBe(false);
    expect(await removedPacks(db)).toEqual([]);
  });

  it.each([
    ['malformed JSON', '{"format":"siyaq-backup",', 'malformed JSON'],
    [
      'an unknown version',
      '{"format":"siyaq-backup","format_version":2,"packs":[],"entities":[]}',
      'unsupported version 2',
    ],
    [
      'an entity in a pack the backup lacks',
      '{"format":"siyaq-backup","format_version":1,"packs":[],"entities":[{"id":"x","type":"place","name_ar":"س","pack":"nowhere","user_edited":false}]}',
      'entity 1 (id "x") field pack: must name a pack of the backup or "user" (got "nowhere")',
    ],
    [
      'an entity without its edit flag',
      '{"format":"siyaq-backup","format_version":1,"packs":[],"entities":[{"id":"x","type":"place","name_ar":"س","pack":"user"}]}',
      'entity 1 (id "x") field user_edited: must be true or false',
    ],
    [
      'an invalid entity',
      '{"format":"siyaq-backup","format_version":1,"packs":[],"entities":[{"id":"x","type":"planet","name_ar":"س","pack":"user","user_edited":true}]}',
      'entity 1 (id "x") field type',
    ],
  ])('refuses %s with its reason and changes nothing', async (_, text, reason) => {
    const db = await usedDb();
    const before = await snapshot(db);
    let error: unknown;
    try {
      await restoreBackup(db, parseBackup(text));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PackError);
    expect((error as PackError).message).toContain(reason);
    expect(await snapshot(db)).toEqual(before);
  });

  it('is told apart from a pack file by its format field, wherever the field is', async () => {
    const db = await usedDb();
    const backup = JSON.parse(await exportBackup(db)) as Record<string, unknown>;
    // As `jq -S` writes it: keys sorted, format no longer first.
    const sorted = JSON.stringify(
      Object.fromEntries(Object.entries(backup).sort(([a], [b]) => a.localeCompare(b))),
    );
    expect(sorted.startsWith('{"created"')).toBe(true);
    const fresh = freshDb();
    const outcome = await importFile(fresh, `\uFEFF${sorted}`, { fileName: 'backup.json' });
    expect(outcome.kind).toBe('restored');
    expect((await fresh.entities.toArray()).map(owned).sort()).toEqual(
      (await db.entities.toArray()).map(owned).sort(),
    );
    expect((await importFile(freshDb(), JSON.stringify(DEFAULT))).kind).toBe('imported');
  });

  it('gives a pack installed from CSV back as a CSV pack, which its CSV file can update again', async () => {
    const header = 'id,type,name_ar,name_en,aliases_ar,aliases_en,description_ar,description_en';
    const db = freshDb();
    await importPack(db, `${header}\ncasa,place,الدار البيضاء,,,,,\n`, { fileName: 'cities.csv' });
    const fresh = freshDb();
    await restoreBackup(fresh, parseBackup(await exportBackup(db)));
    expect((await fresh.packs.get('cities'))?.origin).toBe('csv');
    await importPack(fresh, `${header}\ncasa,place,الدار البيضاء,,,,,\nrabat,place,الرباط,,,,,\n`, {
      fileName: 'cities.csv',
    });
    expect((await fresh.entities.toArray()).map((e) => e.id).sort()).toEqual(['casa', 'rabat']);
  });

  it.each([
    ['an empty .json file', '', 'the file is empty'],
    ['a .json file of spaces', ' \n ', 'the file is empty'],
    ['a .json file holding null', 'null', 'not a Siyaq pack'],
    ['a .json file that is not JSON', 'id,type', 'malformed JSON'],
  ])('%s is refused as JSON, not as a CSV header, and changes nothing', async (_, text, reason) => {
    const db = await usedDb();
    const before = await snapshot(db);
    const error = await importFile(db, text, { fileName: 'pack.json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackError);
    expect((error as PackError).message).toContain(reason);
    expect((error as PackError).message).not.toContain('header');
    expect(await snapshot(db)).toEqual(before);
  });
});
