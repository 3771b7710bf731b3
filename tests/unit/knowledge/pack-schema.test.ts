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

  it('drops self-references and repeated related ids', () => {
    expect(parse({ related: ['x', 'y', 'y'] }).related).toEqual(['y']);
  });

  it('drops empty links and unknown fields', () => {
    const entity = parse({ links: { website: '', wikidata: 'Q1' }, extra: 1 });
    expect(entity.links).toEqual({ wikidata: 'Q1' });
    expect(entity).not.toHaveProperty('extra');
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
