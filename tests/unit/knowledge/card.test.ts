import { describe, expect, it } from 'vitest';
import { buildCard, buildLinks, safeWebUrl, wikipediaUrl } from '../../../lib/knowledge/card.ts';
import { makeEntity } from '../db/helpers.ts';

const morocco = makeEntity('morocco', {
  name_ar: 'المغرب',
  name_en: 'Morocco',
  aliases_ar: ['المملكة المغربية', 'المغرب', 'المملكة المغربيّة', 'مراكش'],
  aliases_en: ['Morocco', 'Kingdom of Morocco'],
  description_ar: 'بلد في شمال إفريقيا.',
  description_en: 'A country in North Africa.',
  facts: [{ label_ar: 'العاصمة', label_en: 'Capital', value_ar: '', value_en: 'Rabat' }],
  related: ['rabat', 'missing'],
  as_of: '2026',
});
const rabat = makeEntity('rabat', { name_ar: 'الرباط', name_en: 'Rabat' });

describe('buildCard', () => {
  it('uses the preferred language for name and description, the other name beside it', () => {
    const card = buildCard(morocco, [rabat], ['en', 'ar']);
    expect(card.name).toEqual({ text: 'Morocco', lang: 'en' });
    expect(card.otherName).toEqual({ text: 'المغرب', lang: 'ar' });
    expect(card.description).toEqual({ text: 'A country in North Africa.', lang: 'en' });
  });

  it('falls back to the other language when the preferred text is empty', () => {
    const card = buildCard({ ...morocco, description_ar: '' }, [], ['ar']);
    expect(card.description).toEqual({ text: 'A country in North Africa.', lang: 'en' });
  });

  it('shows a fact in the language that has its value', () => {
    expect(buildCard(morocco, [], ['ar', 'en']).facts).toEqual([
      { label: 'Capital', value: 'Rabat', lang: 'en' },
    ]);
  });

  it('lists aliases once, without the names and spellings that normalise alike', () => {
    const aliases = buildCard(morocco, [], ['ar', 'en']).aliases.map((a) => a.text);
    expect(aliases).toEqual(['المملكة المغربية', 'مراكش', 'Kingdom of Morocco']);
  });

  it('names related entities it was given and skips unknown ids', () => {
    expect(buildCard(morocco, [rabat], ['ar']).related).toEqual([{ id: 'rabat', name: 'الرباط' }]);
  });

  it('carries type label key, source pack and as-of date', () => {
    const card = buildCard({ ...morocco, type: 'org', pack: 'default', userEdited: true }, [], ['ar']);
    expect(card).toMatchObject({ typeLabelKey: 'typeOrg', pack: 'default', userEdited: true, asOf: '2026' });
  });

  it('keeps hostile strings as plain strings', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const card = buildCard({ ...morocco, name_ar: hostile, description_ar: hostile }, [], ['ar']);
    expect(card.name.text).toBe(hostile);
    expect(card.description?.text).toBe(hostile);
  });
});

describe('card links', () => {
  it.each([
    [
      'Arabic Wikipedia title with spaces',
      'ar',
      'الأمم المتحدة',
      'https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D8%A3%D9%85%D9%85_%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9',
    ],
    [
      'English title with reserved characters',
      'en',
      'AC/DC?x=<b>#y',
      'https://en.wikipedia.org/wiki/AC%2FDC%3Fx%3D%3Cb%3E%23y',
    ],
  ] as const)('%s', (_label, lang, title, url) => {
    expect(wikipediaUrl(lang, title)).toBe(url);
  });

  it('builds Wikipedia, Wikidata and website links in a fixed order', () => {
    const links = buildLinks({
      wikidata: 'Q1028',
      wikipedia_en: 'Morocco',
      website: 'https://maroc.ma',
      wikipedia_ar: 'المغرب',
    });
    expect(links.map((l) => l.kind)).toEqual(['wikipedia_ar', 'wikipedia_en', 'wikidata', 'website']);
    expect(links[2]?.url).toBe('https://www.wikidata.org/wiki/Q1028');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox'],
    ['not a url'],
  ])('drops the website %j', (website) => {
    expect(buildLinks({ website })).toEqual([]);
    expect(safeWebUrl(website)).toBeUndefined();
  });

  it('drops a Wikidata id that is not a Q-id', () => {
    expect(buildLinks({ wikidata: 'javascript:1' })).toEqual([]);
  });
});
