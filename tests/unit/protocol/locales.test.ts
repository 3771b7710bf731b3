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
const tokens = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!))].sort();

describe('createTranslator', () => {
  it.each([
    ['en', 'pageEntityCount', [12], 'Entities found: 12'],
    ['ar', 'pageEntityCount', [12], '12 كيان'],
    ['en', 'typeGroupHeading', ['People', 3], 'People (3)'],
    ['ar', 'typeGroupHeading', ['أشخاص', 3], 'أشخاص (3)'],
    ['en', 'cardLabel', ['عبد اللطيف حموشي'], 'Context card: عبد اللطيف حموشي'],
    ['ar', 'entityDeleteConfirm', ['مكتب التحقيقات الفيدرالي'], 'حذف «مكتب التحقيقات الفيدرالي»؟'],
    ['en', 'storageUsed', ['1.2 MB', '50 MB'], '1.2 MB used of 50 MB available.'],
    [
      'ar',
      'packRemoveConfirm',
      ['الحزمة الافتراضية', 1367],
      'إزالة الحزمة «الحزمة الافتراضية» وكياناتها (1367)؟ الكيانات التي عدّلتها تبقى ضمن كياناتك.',
    ],
    // a missing substitution leaves nothing rather than "$COUNT$"
    ['en', 'mentionCount', [], 'Mentions: '],
    ['en', 'pageEntities', [], 'Entities on this page'],
    ['ar', 'pageEntities', [], 'الكيانات في هذه الصفحة'],
  ] as const)('%s %s %j → %s', (lang, key, substitutions, text) => {
    expect(createTranslator(lang)(key, ...substitutions)).toBe(text);
  });

  it('gives back the key of a message that does not exist', () => {
    expect(createTranslator('ar')('noSuchMessage' as MessageKey)).toBe('noSuchMessage');
  });

  it('inserts substitutions literally, $ signs included', () => {
    expect(createTranslator('en')('cardSource', '$1 $PACK$ pack')).toBe('Source: $1 $PACK$ pack');
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
  return keys.flatMap((key) =>
    (['ar', 'en'] as const)
      .filter((lang) => broken(catalogs[lang][key]!, key, lang))
      .map((lang) => `${key} (${lang})`),
  );
}

describe('_locales catalogs', () => {
  it('have the same keys in Arabic and English', () => {
    expect(Object.keys(ar).sort()).toEqual(keys);
  });

  it('have a message for every key', () => {
    expect(offenders((entry) => entry.message.trim() === '')).toEqual([]);
  });

  it('declare the same placeholders, with the same substitutions, in both languages', () => {
    const placeholders = (entry: Entry | undefined) =>
      JSON.stringify(Object.entries(entry?.placeholders ?? {}).map(([name, p]) => [name, p.content]));
    expect(keys.filter((key) => placeholders(catalogs.ar[key]) !== placeholders(catalogs.en[key]))).toEqual(
      [],
    );
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
