import { beforeAll, describe, expect, it } from 'vitest';
import type { SiyaqDB } from '../../../lib/db/database.ts';
import { putUserEntity } from '../../../lib/db/entities.ts';
import { type ListOrder, listEntities, searchEntities } from '../../../lib/db/search.ts';
import { importPack } from '../../../lib/knowledge/import.ts';
import { freshDb, makeEntity, makePack } from './helpers.ts';

let db: SiyaqDB;

beforeAll(async () => {
  db = freshDb();
  await importPack(
    db,
    makePack([
      makeEntity('morocco', { name_ar: 'المغرب', name_en: 'Morocco', aliases_ar: ['المملكة المغربية'] }),
      makeEntity('aqim', {
        type: 'group',
        name_ar: 'تنظيم القاعدة في بلاد المغرب الإسلامي',
        name_en: 'AQIM',
      }),
      makeEntity('ahmed', { type: 'person', name_ar: 'أحمد', name_en: 'Ahmed' }),
      makeEntity('mecca', { name_ar: 'مكة المكرمة', name_en: 'Mecca' }),
      makeEntity('mustafa', { type: 'person', name_ar: 'مصطفى', name_en: 'Mustafa' }),
      makeEntity('trump', { type: 'person', name_ar: 'دونالد ترامب', name_en: 'Donald Trump' }),
      makeEntity('security', { type: 'org', name_ar: 'الأمن الوطني', name_en: 'National Security' }),
    ]),
  );
});

const ids = async (query: string, options = {}) =>
  (await searchEntities(db, query, options)).map((e) => e.id);

describe('searchEntities', () => {
  it.each([
    ['hamza forms: احمد finds أحمد', 'احمد', 'ahmed'],
    ['ta marbuta: مكه finds مكة', 'مكه', 'mecca'],
    ['alef maqsura: مصطفي finds مصطفى', 'مصطفي', 'mustafa'],
    ['diacritics: المَغْرِب finds المغرب', 'المَغْرِب', 'morocco'],
    ['proclitic و+ال: والمغرب finds المغرب', 'والمغرب', 'morocco'],
    ['proclitic ب+ال: بالمغرب finds المغرب', 'بالمغرب', 'morocco'],
    ['لل as ال: للأمن الوطني finds الأمن الوطني', 'للأمن الوطني', 'security'],
    ['English, any case: MOROCCO', 'MOROCCO', 'morocco'],
    ['alias: المملكة المغربية', 'المملكة المغربية', 'morocco'],
    ['a later word of the name: ترامب', 'ترامب', 'trump'],
    ['English later word: trump', 'trump', 'trump'],
  ])('%s', async (_label, query, expected) => {
    expect(await ids(query)).toContain(expected);
  });

  it('finds by prefix', async () => {
    expect(await ids('مصط')).toEqual(['mustafa']);
  });

  it('ranks an exact match before longer names that start with it', async () => {
    expect((await ids('المغرب'))[0]).toBe('morocco');
  });

  it('filters by type', async () => {
    expect(await ids('المغرب', { type: 'person' })).toEqual([]);
    expect(await ids('تنظيم', { type: 'group' })).toEqual(['aqim']);
  });

  it('filters by pack', async () => {
    expect(await ids('المغرب', { pack: 'other' })).toEqual([]);
  });

  it('pages with offset and limit', async () => {
    const all = await ids('', { limit: 100 });
    expect(all).toHaveLength(7);
    expect(await ids('', { offset: 2, limit: 3 })).toEqual(all.slice(2, 5));
  });

  it('returns each entity once even when several keys match', async () => {
    const found = await ids('الم');
    expect(new Set(found).size).toBe(found.length);
  });

  it('finds nothing for text that is no name', async () => {
    expect(await ids('xyz')).toEqual([]);
  });
});

describe('listing (an empty query)', () => {
  // Normalised, أحمد sorts as احمد and مكة as مكه: the Arabic alphabet's order, hamza forms together.
  const byArabicName = ['ahmed', 'security', 'morocco', 'aqim', 'trump', 'mustafa', 'mecca'];
  const byEnglishName = ['ahmed', 'aqim', 'trump', 'mecca', 'morocco', 'mustafa', 'security'];
  const listed = async (order: ListOrder, options = {}, sortInMemory?: number) =>
    (await listEntities(db, { order, limit: 100, ...options }, sortInMemory)).map((e) => e.id);

  it.each([
    ['name-ar', byArabicName],
    ['name-en', byEnglishName],
  ] as const)(
    'orders by %s through the index and for a pack sorted in memory alike',
    async (order, expected) => {
      expect(await listed(order, {}, 0)).toEqual(expected);
      expect(await listed(order, { pack: 'test-pack' })).toEqual(expected);
      expect(await listed(order, { pack: 'test-pack' }, 0)).toEqual(expected);
      expect(await ids('', { order, limit: 100 })).toEqual(expected);
    },
  );

  it('pages and filters by type in name order', async () => {
    expect(await listed('name-ar', { offset: 2, limit: 3 })).toEqual(byArabicName.slice(2, 5));
    expect(await listed('name-ar', { pack: 'test-pack', offset: 2, limit: 3 })).toEqual(
      byArabicName.slice(2, 5),
    );
    expect(await listed('name-ar', { type: 'person' })).toEqual(['ahmed', 'trump', 'mustafa']);
  });

  it('lists nothing for a pack that is not installed', async () => {
    expect(await listed('name-ar', { pack: 'other' })).toEqual([]);
  });

  it('lists the most recently changed first, a pack in memory as through the index', async () => {
    const own = freshDb();
    await importPack(own, makePack([makeEntity('a'), makeEntity('b'), makeEntity('c')]), { now: 1_000 });
    await putUserEntity(own, makeEntity('b', { name_ar: 'باء' }), 2_000);
    await putUserEntity(own, makeEntity('new'), 3_000);
    const recent = async (options = {}, sortInMemory?: number) =>
      (await listEntities(own, { order: 'recent', ...options }, sortInMemory)).map((e) => e.id);
    // Entities installed together tie on their date: then by id, last first, as the index keeps them.
    expect(await recent()).toEqual(['new', 'b', 'c', 'a']);
    expect(await recent({ pack: 'test-pack' })).toEqual(['b', 'c', 'a']);
    expect(await recent({ pack: 'test-pack' }, 0)).toEqual(['b', 'c', 'a']);
  });
});
