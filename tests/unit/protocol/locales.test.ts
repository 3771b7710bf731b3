import { describe, expect, it } from 'vitest';
import { createTranslator, dirOf, type MessageKey, pickLang } from '../../../lib/i18n/translate.ts';
import ar from '../../../public/_locales/ar/messages.json';
import en from '../../../public/_locales/en/messages.json';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const catalogs: Record<'ar' | 'en', Record<string, Entry>> = { ar, en };
const keys = Object.keys(en).sort();
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
/** Message names with each count message once, by its base name. */
const names = (catalog: Record<string, Entry>) =>
  [...new Set(Object.keys(catalog).map((key) => PLURAL.exec(key)?.[1] ?? key))].sort();
const pluralBases = names(en).filter((name) => `${name}_other` in en);
const tokens = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!))].sort();

describe('createTranslator', () => {
  it.each([
    ['en', 'typeGroupHeading', ['People', 3], 'People (3)'],
    ['ar', 'typeGroupHeading', ['أشخاص', 3], 'أشخاص (3)'],
    ['en', 'cardLabel', ['عبد اللطيف حموشي'], 'Context card: عبد اللطيف حموشي'],
    ['ar', 'entityDeleteConfirm', ['مكتب التحقيقات الفيدرالي'], 'حذف «مكتب التحقيقات الفيدرالي»؟'],
    ['en', 'storageUsed', ['1.2 MB', '50 MB'], '1.2 MB used of 50 MB available.'],
    [
      'ar',
      'packRemoveConfirm',
      ['الحزمة الافتراضية', '1367 كيانًا'],
      'إزالة الحزمة «الحزمة الافتراضية» و1367 كيانًا فيها؟ الكيانات التي عدّلتها تبقى ضمن كياناتك.',
    ],
    // a missing substitution leaves nothing rather than "$COUNT$"
    ['en', 'storageCards', [], 'Cards cached: .'],
    ['en', 'pageEntities', [], 'Entities on this page'],
    ['ar', 'pageEntities', [], 'الكيانات في هذه الصفحة'],
  ] as const)('%s %s %j → %s', (lang, key, substitutions, text) => {
    expect(createTranslator(lang)(key, ...substitutions)).toBe(text);
  });

  it('gives back the key of a message that does not exist', () => {
    expect(createTranslator('ar')('noSuchMessage' as MessageKey, 3)).toBe('noSuchMessage');
    expect(createTranslator('ar')('noSuchMessage' as MessageKey)).toBe('noSuchMessage');
  });

  it('inserts substitutions literally, $ signs included', () => {
    expect(createTranslator('en')('cardSource', '$1 $PACK$ pack')).toBe('Source: $1 $PACK$ pack');
  });
});

describe('createTranslator: counts take the form of their plural category', () => {
  it.each([
    [0, 'لا كيانات', 'لا إشارات', '0 entities', '0 mentions'],
    [1, 'كيان واحد', 'إشارة واحدة', '1 entity', '1 mention'],
    [2, 'كيانان', 'إشارتان', '2 entities', '2 mentions'],
    [3, '3 كيانات', '3 إشارات', '3 entities', '3 mentions'],
    [10, '10 كيانات', '10 إشارات', '10 entities', '10 mentions'],
    [11, '11 كيانًا', '11 إشارةً', '11 entities', '11 mentions'],
    [17, '17 كيانًا', '17 إشارةً', '17 entities', '17 mentions'],
    [99, '99 كيانًا', '99 إشارةً', '99 entities', '99 mentions'],
    [100, '100 كيان', '100 إشارة', '100 entities', '100 mentions'],
    [103, '103 كيانات', '103 إشارات', '103 entities', '103 mentions'],
    [1393, '1393 كيانًا', '1393 إشارةً', '1393 entities', '1393 mentions'],
  ])('%i → %s, %s; %s, %s', (count, entitiesAr, mentionsAr, entitiesEn, mentionsEn) => {
    const [ar, en] = [createTranslator('ar'), createTranslator('en')];
    expect([ar('entityCount', count), ar('mentionCount', count)]).toEqual([entitiesAr, mentionsAr]);
    expect([en('entityCount', count), en('mentionCount', count)]).toEqual([entitiesEn, mentionsEn]);
  });

  it.each([
    ['ar', 'importProblemsMore', 2, '… ومشكلتان أخريان.'],
    ['ar', 'importProblemsMore', 12, '… و12 مشكلةً أخرى.'],
    ['en', 'importProblemsMore', 1, '… and 1 more problem.'],
    ['ar', 'packCount', 1, 'حزمة واحدة'],
    ['ar', 'resultCount', 4, '4 نتائج'],
    ['en', 'resultCount', 1, '1 result'],
    ['ar', 'importSkipped', 1, 'لم يُستورد كيان واحد لأن معرّفه لحزمة أخرى أو لكياناتك:'],
    ['en', 'importKeptEdits', 1, '1 entity you edited was left as you made it.'],
  ] as const)('%s %s %i → %s', (lang, key, count, text) => {
    expect(createTranslator(lang)(key, count)).toBe(text);
  });

  it('sets one count message inside another', () => {
    const ar = createTranslator('ar');
    expect(ar('backupRestored', ar('entityCount', 2), ar('packCount', 3))).toBe(
      'استُعيدت النسخة الاحتياطية: كيانان و3 حزم، بتعديلاتك وحالة كل حزمة.',
    );
  });
});

describe('pickLang', () => {
  it.each([
    ['auto', 'ar', 'ar'],
    ['auto', 'ar-MA', 'ar'],
    ['auto', 'AR-eg', 'ar'],
    ['auto', 'en-US', 'en'],
    ['auto', 'fr-FR', 'en'],
    ['auto', '', 'en'],
    ['ar', 'en-US', 'ar'],
    ['en', 'ar-SA', 'en'],
  ] as const)('setting %s with browser language %j → %s', (setting, browser, lang) => {
    expect(pickLang(setting, browser)).toBe(lang);
  });

  it.each([
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ] as const)('%s is written %s', (lang, dir) => {
    expect(dirOf(lang)).toBe(dir);
  });
});

/** "key (lang)" for every message of both catalogs that breaks a rule: one failure lists them all. */
function offenders(broken: (entry: Entry, key: string, lang: 'ar' | 'en') => boolean): string[] {
  return (['ar', 'en'] as const).flatMap((lang) =>
    Object.entries(catalogs[lang])
      .filter(([key, entry]) => broken(entry, key, lang))
      .map(([key]) => `${key} (${lang})`),
  );
}

describe('_locales catalogs', () => {
  it('have the same messages in Arabic and English', () => {
    expect(names(ar)).toEqual(names(en));
  });

  it('give each count message a key for every plural category of the language, and no other', () => {
    for (const lang of ['ar', 'en'] as const) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.sort();
      for (const base of pluralBases) {
        const present = Object.keys(catalogs[lang])
          .filter((key) => PLURAL.exec(key)?.[1] === base)
          .map((key) => PLURAL.exec(key)?.[2])
          .sort();
        expect([lang, base, present]).toEqual([lang, base, categories]);
      }
    }
  });

  it('have a message for every key', () => {
    expect(offenders((entry) => entry.message.trim() === '')).toEqual([]);
  });

  it('declare the same placeholders, with the same substitutions, in both languages', () => {
    const placeholders = (entry: Entry | undefined) =>
      JSON.stringify(Object.entries(entry?.placeholders ?? {}).map(([name, p]) => [name, p.content]));
    const plain = keys.filter((key) => !PLURAL.test(key));
    expect(plain.filter((key) => placeholders(catalogs.ar[key]) !== placeholders(catalogs.en[key]))).toEqual(
      [],
    );
  });

  it('let a plural form leave out only the count ("كيانان"), no other substitution', () => {
    expect(
      offenders((entry, key) => {
        const base = PLURAL.exec(key)?.[1];
        if (!base) return false;
        const other = catalogs.en[`${base}_other`]?.placeholders ?? {};
        return (
          Object.entries(entry.placeholders ?? {}).some(([name, p]) => other[name]?.content !== p.content) ||
          Object.keys(other).some((name) => name !== 'COUNT' && !entry.placeholders?.[name])
        );
      }),
    ).toEqual([]);
  });

  it('declare exactly the placeholders each message uses', () => {
    expect(
      offenders(
        (entry) =>
          tokens(entry.message).join() !==
          Object.keys(entry.placeholders ?? {})
            .sort()
            .join(),
      ),
    ).toEqual([]);
  });

  it('name placeholders in upper case, as translate.ts looks them up by the name in the message', () => {
    expect(
      offenders((entry) => Object.keys(entry.placeholders ?? {}).some((n) => n !== n.toUpperCase())),
    ).toEqual([]);
  });

  it('number substitutions $1, $2, … without gaps', () => {
    expect(
      offenders((entry) => {
        const contents = Object.values(entry.placeholders ?? {})
          .map((p) => p.content)
          .sort();
        return contents.some((content, i) => content !== `$${i + 1}`);
      }),
    ).toEqual([]);
  });

  it('have no stray $ outside placeholders', () => {
    expect(offenders((entry) => entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '').includes('$'))).toEqual([]);
  });
});
