import { beforeAll, describe, expect, it } from 'vitest';
import type { SiyaqDB } from '../../../lib/db/database.ts';
import { searchEntities } from '../../../lib/db/search.ts';
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
