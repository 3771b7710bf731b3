import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database.ts';
import { getRevision } from '../../../lib/db/meta.ts';
import { SCHEMA_V1, SCHEMA_V2 } from '../../../lib/db/schema.ts';
import { listEntities, searchEntities } from '../../../lib/db/search.ts';
import { makeEntity } from './helpers.ts';

/** Writes a version-1 database the way an installed older build left it. */
async function seedV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('packs').put({
    id: 'default',
    name: 'Default',
    version: '1.0.0',
    installedAt: 1_000,
    source: 'tests',
    license: 'MIT',
  });
  await v1.table('entities').bulkPut([
    {
      id: 'morocco',
      type: 'place',
      pack: 'default',
      name_ar: 'المغرب',
      name_en: 'Morocco',
      aliases_ar: ['المملكة المغربية'],
      aliases_en: [],
      description_ar: 'بلد',
      description_en: 'A country',
    },
    {
      id: 'user.a1',
      type: 'person',
      pack: 'user',
      name_ar: 'أحمد',
      name_en: 'Ahmed',
      aliases_ar: [],
      aliases_en: [],
      description_ar: '',
      description_en: '',
    },
  ]);
  await v1.table('settings').put({ key: 'hoverDelayMs', value: 400 });
  v1.close();
}

describe('schema upgrade v1 → v2', () => {
  it('keeps every entity, pack and setting', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await seedV1(name);
    const db = createDatabase(name);
    expect(await db.entities.count()).toBe(2);
    expect((await db.entities.get('morocco'))?.description_en).toBe('A country');
    expect((await db.packs.get('default'))?.license).toBe('MIT');
    expect(await db.settings.get('hoverDelayMs')).toEqual({ key: 'hoverDelayMs', value: 400 });
    db.close();
  });

  it('adds search keys, edit flags, dates, missing lists and pack counts', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await seedV1(name);
    const db = createDatabase(name);
    const morocco = await db.entities.get('morocco');
    expect(morocco).toMatchObject({ userEdited: false, facts: [], related: [], links: {} });
    expect(morocco?.keys).toEqual(expect.arrayContaining(['المغرب', 'morocco', 'المملكه المغربيه']));
    expect(typeof morocco?.updatedAt).toBe('number');
    expect((await db.entities.get('user.a1'))?.userEdited).toBe(true);
    expect(await db.packs.get('default')).toMatchObject({ enabled: true, entityCount: 1, updatedAt: 1_000 });
    db.close();
  });

  it('makes migrated entities searchable and marks the knowledge as changed', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await seedV1(name);
    const db = createDatabase(name);
    expect((await searchEntities(db, 'والمغرب')).map((e) => e.id)).toEqual(['morocco']);
    expect(await getRevision(db)).toBe(1);
    expect(db.verno).toBe(3);
    db.close();
  });
});

/** A version-2 database: search keys and dates, no sort keys. */
async function seedV2(name: string): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  // What version 2 stored: the entity with its pack, dates and search keys, no sort keys.
  const entity = (id: string, name_ar: string, name_en: string) => ({
    ...makeEntity(id, { name_ar, name_en }),
    pack: 'default',
    keys: [],
    userEdited: false,
    updatedAt: 1_000,
  });
  await v2
    .table('entities')
    .bulkPut([
      entity('rabat', 'الرباط', 'Rabat'),
      entity('agadir', 'أكادير', 'Agadir'),
      entity('untitled', 'بيروت', ''),
    ]);
  v2.close();
}

describe('schema upgrade v2 → v3', () => {
  it('gives every entity its sort keys, a missing name the other language’s', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await seedV2(name);
    const db = createDatabase(name);
    expect(await db.entities.get('agadir')).toMatchObject({ sortAr: 'اكادير', sortEn: 'agadir' });
    expect(await db.entities.get('untitled')).toMatchObject({ sortAr: 'بيروت', sortEn: 'بيروت' });
    expect((await listEntities(db, { order: 'name-ar' })).map((e) => e.id)).toEqual([
      'agadir',
      'rabat',
      'untitled',
    ]);
    expect(db.verno).toBe(3);
    db.close();
  });
});
