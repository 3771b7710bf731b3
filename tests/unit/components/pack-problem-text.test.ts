import { describe, expect, it } from 'vitest';
import { problemMessage, problemPlace } from '../../../components/options/pack-problem-text.ts';
import { isolate } from '../../../lib/i18n/translator.ts';
import { ar, en } from './fixtures.ts';

describe('pack problems in the interface language', () => {
  it.each([
    ['file', 'الملف'],
    ['line 1', 'السطر 1'],
    ['line 3 column name_ar', `السطر 3، العمود ${isolate('name_ar')}`],
    [
      'entity 2 (id "rabat") field aliases_ar[1]',
      `الكيان 2 (${isolate('"rabat"')})، الحقل ${isolate('aliases_ar[1]')}`,
    ],
    ['entity 7', 'الكيان 7'],
    ['field pack.id', `الحقل ${isolate('pack.id')}`],
    ['pack 2 field enabled', isolate('pack 2 field enabled')],
  ])('places %s in Arabic', (where, arabic) => {
    expect(problemPlace(where, ar)).toBe(arabic);
  });

  it('places a problem in English too', () => {
    expect(problemPlace('line 3 column name_ar', en)).toBe(`line 3, column ${isolate('name_ar')}`);
  });

  it.each([
    ['the file is empty', 'الملف فارغ.'],
    [`malformed JSON: Unexpected token 'o', "not json" is not valid JSON`, 'هذا ليس JSON صالحًا.'],
    ['not a Siyaq pack: expected a JSON object', 'هذا ليس حزمة من حزم سياق.'],
    ['expected 8 columns, got 5', 'يحتاج كل سطر إلى 8 أعمدة، وفي هذا السطر \u20685\u2069.'],
    [
      'too large: 31.0 MB, the limit is 30.0 MB',
      'الملف أكبر من المسموح (\u206831.0 MB\u2069)؛ الحد \u206830.0 MB\u2069.',
    ],
    ['required', 'حقل مطلوب.'],
    [
      'must be one of person, org, group, place, event, other (got "planet")',
      `يجب أن تكون القيمة واحدة من: ${isolate('person, org, group, place, event, other')} (وُجد ${isolate('"planet"')}).`,
    ],
    // an unknown message stays as written, isolated so its punctuation keeps its place in Arabic
    ['something new (got "x")', isolate('something new (got "x")')],
  ])('says %s in Arabic', (message, arabic) => {
    expect(problemMessage(message, ar)).toBe(arabic);
  });

  it('keeps the exact header a CSV file needs, isolated', () => {
    expect(problemMessage('the header must be exactly id,type,name_ar', ar)).toBe(
      `يجب أن يكون السطر الأول بالضبط: ${isolate('id,type,name_ar')}`,
    );
  });
});
