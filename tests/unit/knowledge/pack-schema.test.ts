import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EntitySchema } from '../../../lib/knowledge/pack-schema.ts';

const parse = (raw: Record<string, unknown>) =>
  v.parse(EntitySchema, { id: 'x', type: 'place', name_ar: 'س', ...raw });

describe('EntitySchema cleaning', () => {
  it('fills optional lists and texts with empty values', () => {
    expect(parse({})).toEqual({
      id: 'x',
      type: 'place',
      name_ar: 'س',
      name_en: '',
      aliases_ar: [],
      aliases_en: [],
      description_ar: '',
      description_en: '',
      facts: [],
      related: [],
      links: {},
    });
  });

  it('trims names and drops empty and repeated aliases', () => {
    expect(parse({ name_ar: ' س ', aliases_ar: [' أ ', 'أ', ''] })).toMatchObject({
      name_ar: 'س',
      aliases_ar: ['أ'],
    });
  });

  it('drops direction overrides, embeddings and isolates from names, aliases and titles', () => {
    // U+202E would show "حموشي" reversed inside the card; the marks keep their meaning in descriptions.
    const entity = parse({
      name_ar: '\u202eحموشي\u202c',
      name_en: 'Ham\u2066moushi\u2069',
      aliases_ar: ['\u202bحموشي\u202c', '\u202e', 'عبد اللطيف'],
      links: { wikipedia_ar: '\u2067عبد اللطيف حموشي\u2069' },
      description_ar: 'مدير \u2067FBI\u2069 الأمريكي',
    });
    expect(entity).toMatchObject({
      name_ar: 'حموشي',
      name_en: 'Hammoushi',
      aliases_ar: ['حموشي', 'عبد اللطيف'],
      links: { wikipedia_ar: 'عبد اللطيف حموشي' },
      description_ar: 'مدير \u2067FBI\u2069 الأمريكي',
    });
  });

  it('refuses a name that is nothing but direction controls', () => {
    const result = v.safeParse(EntitySchema, { id: 'x', type: 'place', name_ar: '\u202e\u2066' });
    expect(result.success).toBe(false);
    expect(result.issues![0]!.message).toBe('required');
  });

  it('drops self-references and repeated related ids', () => {
    expect(parse({ related: ['x', 'y', 'y'] }).related).toEqual(['y']);
  });

  it('drops empty links and unknown fields', () => {
    const entity = parse({ links: { website: '', wikidata: 'Q1' }, extra: 1 });
    expect(entity.links).toEqual({ wikidata: 'Q1' });
    expect(entity).not.toHaveProperty('extra');
  });

  it.each([
    ['a name of tatweel alone', { name_ar: 'ـــ' }, 'name_ar'],
    ['an alias of punctuation alone', { aliases_ar: ['المغرب', '؟!'] }, 'aliases_ar'],
    ['an English name of symbols', { name_en: '★ ★' }, 'name_en'],
  ])('refuses %s: it could never be found on a page', (_, raw, field) => {
    const result = v.safeParse(EntitySchema, { id: 'x', type: 'place', name_ar: 'س', ...raw });
    expect(result.success).toBe(false);
    const issue = result.issues![0]!;
    expect([v.getDotPath(issue)?.split('.')[0], issue.message]).toEqual([
      field,
      'has no Arabic or Latin letters or digits, so it can never be found on a page',
    ]);
  });

  it('accepts a name with harakat and Latin digits', () => {
    expect(parse({ name_ar: 'مُحَمَّد السادس', name_en: 'G7' })).toMatchObject({ name_en: 'G7' });
  });

  it('accepts 200 aliases and refuses 201', () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);
    expect(parse({ aliases_en: aliases(200) }).aliases_en).toHaveLength(200);
    expect(() => parse({ aliases_en: aliases(201) })).toThrow(/at most 200 aliases/);
  });

  it('accepts http and https websites', () => {
    expect(parse({ links: { website: 'http://example.org/a?b' } }).links.website).toBe(
      'http://example.org/a?b',
    );
  });
});

describe('EntitySchema as_of', () => {
  it.each(['2025', '2025-12', '2025-12-31', '2024-02-29', '2000-02-29', '0001-01-01'])(
    'accepts %s',
    (as_of) => {
      expect(parse({ as_of }).as_of).toBe(as_of);
    },
  );

  it.each([
    '2025-13-45',
    '2025-13',
    '2025-00',
    '2025-04-31',
    '2025-02-29',
    '1900-02-29',
    '2025-01-00',
    '2025-1-5',
    'last year',
  ])('refuses %s, a date that does not exist or is not written YYYY[-MM[-DD]]', (as_of) => {
    const result = v.safeParse(EntitySchema, { id: 'x', type: 'place', name_ar: 'س', as_of });
    expect(result.issues?.map((issue) => issue.message)).toEqual(['must be YYYY, YYYY-MM or YYYY-MM-DD']);
  });
});
