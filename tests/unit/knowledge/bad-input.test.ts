import { describe, expect, it } from 'vitest';
import type { SiyaqDB } from '../../../lib/db/database.ts';
import { importPack } from '../../../lib/knowledge/import.ts';
import { PackError } from '../../../lib/knowledge/pack-error.ts';
import { freshDb, makeEntity, makePack, snapshot } from '../db/helpers.ts';

const valid = makePack([makeEntity('morocco'), makeEntity('egypt')]);
const withEntity = (entity: unknown) => ({ ...valid, entities: [...valid.entities, entity] });
const json = (value: unknown) => JSON.stringify(value);

/** A database with a pack installed, so "nothing lost" is measured against real content. */
async function installedDb(): Promise<SiyaqDB> {
  const db = freshDb();
  await importPack(db, makePack([makeEntity('existing', { name_ar: 'قائم' })], '1.0.0', 'installed'));
  return db;
}

// Each bad input: what to import, and a pattern the message must contain (where + what).
const cases: Array<[string, unknown, RegExp]> = [
  ['malformed JSON', '{"format": "siyaq-pack", "entities": [', /file: malformed JSON/],
  [
    'wrong format tag',
    json({ ...valid, format: 'other-pack' }),
    /field format: not a Siyaq pack: must be "siyaq-pack" \(got "other-pack"\)/,
  ],
  ['no format tag', json({ entities: [] }), /field format: not a Siyaq pack/],
  ['unknown version', json({ ...valid, format_version: 2 }), /field format_version: unsupported version 2/],
  ['missing pack metadata', json({ ...valid, pack: undefined }), /field pack: required/],
  [
    'missing pack version',
    json({ ...valid, pack: { ...valid.pack, version: undefined } }),
    /field pack\.version: required/,
  ],
  [
    'reserved pack id',
    json({ ...valid, pack: { ...valid.pack, id: 'user' } }),
    /field pack\.id: "user" is reserved/,
  ],
  ['missing entities', json({ ...valid, entities: undefined }), /field entities: required/],
  [
    'missing entity id',
    json(withEntity({ ...makeEntity('x'), id: undefined })),
    /entity 3 field id: required/,
  ],
  [
    'missing name_ar',
    json(withEntity({ ...makeEntity('x'), name_ar: undefined })),
    /entity 3 \(id "x"\) field name_ar: required/,
  ],
  [
    'unknown type',
    json(withEntity(makeEntity('x', { type: 'planet' as never }))),
    /field type: must be one of person, org/,
  ],
  ['bad id', json(withEntity(makeEntity('Not An Id'))), /entity 3 \(id "Not An Id"\) field id: must be/],
  [
    'duplicate ids',
    json(withEntity(makeEntity('morocco'))),
    /entity 3 \(id "morocco"\): duplicate id \(first used at entity 1 \(id "morocco"\)\)/,
  ],
  [
    '10,000 aliases',
    json(withEntity(makeEntity('x', { aliases_ar: Array.from({ length: 10_000 }, (_, i) => `اسم ${i}`) }))),
    /field aliases_ar: at most 200 aliases \(got 10000\)/,
  ],
  [
    'overlong name',
    json(withEntity(makeEntity('x', { name_ar: 'ا'.repeat(201) }))),
    /field name_ar: at most 200 characters/,
  ],
  [
    'overlong description',
    json(withEntity(makeEntity('x', { description_en: 'a'.repeat(2_001) }))),
    /field description_en: at most 2000/,
  ],
  [
    'javascript: website',
    json(withEntity(makeEntity('x', { links: { website: 'javascript:alert(1)' } }))),
    /field links\.website: must be an http or https URL/,
  ],
  [
    'data: website',
    json(withEntity(makeEntity('x', { links: { website: 'data:text/html,<script>alert(1)</script>' } }))),
    /field links\.website: must be an http/,
  ],
  [
    'bad wikidata id',
    json(withEntity(makeEntity('x', { links: { wikidata: 'javascript:1' } }))),
    /field links\.wikidata: must look like Q1028/,
  ],
  [
    'newline in a Wikipedia title',
    json(withEntity(makeEntity('x', { links: { wikipedia_ar: 'a\nb' } }))),
    /field links\.wikipedia_ar: must be a single line/,
  ],
  ['bad as_of', json(withEntity(makeEntity('x', { as_of: 'last year' }))), /field as_of: must be YYYY/],
  [
    '"|" inside an alias',
    json(withEntity(makeEntity('x', { aliases_en: ['a|b'] }))),
    /field aliases_en\[0\]: must not contain "\|"/,
  ],
  ['not an object', json([1, 2]), /expected a JSON object/],
  ['a parsed object with a bad entity', withEntity({ id: 'x' }), /entity 3 \(id "x"\) field type: required/],
  ['CSV with a wrong header', 'id,type,name\nx,place,y\n', /line 1: the header must be exactly/],
  [
    'CSV with a bad row',
    'id,type,name_ar,name_en,aliases_ar,aliases_en,description_ar,description_en\nx,planet,س,,,,,\n',
    /line 2 column type: must be one of/,
  ],
];

describe('importPack rejects bad input with a clear error and changes nothing', () => {
  it.each(cases)('%s', async (_label, input, message) => {
    const db = await installedDb();
    const before = await snapshot(db);
    const error = await importPack(db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackError);
    expect((error as PackError).message).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a 50 MB file before parsing it', async () => {
    const db = await installedDb();
    const before = await snapshot(db);
    // Valid JSON start, garbage after: if it were parsed the error would say "malformed JSON".
    const huge = `{"format":"siyaq-pack",${' '.repeat(50 * 1024 * 1024)}`;
    await expect(importPack(db, huge)).rejects.toThrow(
      /file: too large: at least 50\.0 MB, the limit is 45\.0 MB/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('counts multi-byte characters toward the size limit', async () => {
    // 24M Arabic letters are 48 MB of UTF-8 but only 24M UTF-16 units: the byte count must decide.
    const text = `{"x":"${'س'.repeat(24 * 1024 * 1024)}"}`;
    await expect(importPack(freshDb(), text)).rejects.toThrow(/too large: 48\.0 MB/);
  });

  it('lists the first ten problems and counts the rest', async () => {
    const bad = Array.from({ length: 15 }, (_, i) => ({ ...makeEntity(`bad-${i}`), type: 'planet' }));
    const error = (await importPack(freshDb(), { ...valid, entities: bad }).catch((e) => e)) as PackError;
    expect(error.total).toBe(15);
    expect(error.message.split('\n')).toHaveLength(12);
    expect(error.message).toMatch(/… and 5 more$/);
  });
});

describe('HTML and script in text', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const script = '<script>alert("x")</script>';

  it('stores names and descriptions verbatim, as text', async () => {
    const db = freshDb();
    const entity = makeEntity('x', {
      name_ar: hostile,
      name_en: script,
      description_ar: `${hostile} & ${script}`,
    });
    await importPack(db, makePack([entity]));
    expect(await db.entities.get('x')).toMatchObject({
      name_ar: hostile,
      name_en: script,
      description_ar: `${hostile} & ${script}`,
    });
  });
});
