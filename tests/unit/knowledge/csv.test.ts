import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, entitiesToCsv, parseCsvEntities } from '../../../lib/knowledge/csv.ts';
import { PackError } from '../../../lib/knowledge/pack-error.ts';
import { makeEntity } from '../db/helpers.ts';

const HEADER = CSV_HEADER.join(',');

describe('CSV', () => {
  it('uses exactly the documented header', () => {
    expect(HEADER).toBe('id,type,name_ar,name_en,aliases_ar,aliases_en,description_ar,description_en');
  });

  it('reads a row with aliases split on |, trimmed, empty ones dropped', () => {
    const [entity] = parseCsvEntities(
      `${HEADER}\nmorocco,place,المغرب,Morocco, المملكة المغربية || مراكش ,,بلد,A country\n`,
    );
    expect(entity).toMatchObject({
      id: 'morocco',
      aliases_ar: ['المملكة المغربية', 'مراكش'],
      aliases_en: [],
    });
  });

  it('round-trips quotes, commas, newlines, | in names and HTML', () => {
    const entities = [
      makeEntity('a', {
        name_ar: 'اسم "مقتبس"، بفاصلة, و|خط',
        aliases_ar: ['أ, ب', 'ج "د"'],
        aliases_en: ['One', 'Two'],
        description_ar: 'سطر أول\nسطر ثان, مع "اقتباس"',
        description_en: 'Line one\r\nline two',
      }),
      makeEntity('b', { name_en: '<img src=x onerror=alert(1)>', description_en: '=1+1' }),
    ];
    const back = parseCsvEntities(entitiesToCsv(entities));
    // CSV carries eight columns: compare those (facts, related and links are JSON-only).
    expect(back).toEqual(entities.map((e) => ({ ...e, facts: [], related: [], links: {} })));
  });

  it('writes formula-like cells as text a spreadsheet will not run, and reads them back exactly', () => {
    const hostile = [
      '=HYPERLINK("http://x.example","click")',
      '+1',
      '-2+3',
      '@SUM(A1)',
      "'=quoted",
      "''@two",
    ];
    const entities = hostile.map((value, i) =>
      makeEntity(`f${i}`, { description_en: value, aliases_en: [value.replace('|', '')], name_en: value }),
    );
    const csv = entitiesToCsv(entities);
    const cells = Papa.parse<string[]>(csv.trim(), { delimiter: ',' }).data.slice(1).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'=HYPERLINK("http://x.example","click")`);
    expect(cells).toContain("''=quoted");
    const back = parseCsvEntities(csv);
    expect(back.map((e) => [e.name_en, e.aliases_en, e.description_en])).toEqual(
      hostile.map((value) => [value, [value], value]),
    );
  });

  it('keeps a leading apostrophe that does not escape a formula', () => {
    const text = `${HEADER}\nx,org,س,'Quoted,'a|'=b,,'سطر,'-1\n`;
    const [entity] = parseCsvEntities(text);
    expect(entity).toMatchObject({
      name_en: "'Quoted",
      aliases_ar: ["'a", "'=b"],
      description_ar: "'سطر",
      description_en: '-1',
    });
  });

  it('reads a file with a byte-order mark and CRLF line ends', () => {
    const text = `\uFEFF${HEADER}\r\nx,org,س,,,,,\r\n`;
    expect(parseCsvEntities(text).map((e) => e.id)).toEqual(['x']);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('reads a small file whose aliases hold | and ; as comma-separated (%s)', (_, eol) => {
    // Papa's delimiter guess picked | (or ;) for short files ending in a line break.
    const rows = [
      HEADER,
      'x-a,org,أكمي,Acme,أكمي الكبرى|شركة أكمي,Acme Inc|ACME; Ltd,,',
      'x-b,org,بيتا,Beta,بيتا المحدودة|شركة بيتا,Beta Ltd|BETA,,',
    ];
    const entities = parseCsvEntities(rows.join(eol) + eol);
    expect(entities.map((e) => [e.id, e.aliases_ar, e.aliases_en])).toEqual([
      ['x-a', ['أكمي الكبرى', 'شركة أكمي'], ['Acme Inc', 'ACME; Ltd']],
      ['x-b', ['بيتا المحدودة', 'شركة بيتا'], ['Beta Ltd', 'BETA']],
    ]);
  });

  it('round-trips a small export with several aliases per entity', () => {
    const entities = [
      makeEntity('a', { aliases_ar: ['أ ب', 'ج د'], aliases_en: ['One', 'Two'] }),
      makeEntity('b', { aliases_ar: ['هـ و', 'ز ح'], aliases_en: ['Three', 'Four'] }),
    ];
    expect(parseCsvEntities(entitiesToCsv(entities)).map((e) => e.aliases_en)).toEqual([
      ['One', 'Two'],
      ['Three', 'Four'],
    ]);
  });

  it('skips blank lines', () => {
    expect(parseCsvEntities(`${HEADER}\n\nx,org,س,,,,,\n\n`)).toHaveLength(1);
  });

  it.each([
    ['a missing column', `${HEADER}\nx,org,س,,,,\n`, 'line 2', /expected 8 columns, got 7/],
    ['an unknown type', `${HEADER}\nx,org,س,,,,,\ny,planet,س,,,,,\n`, 'line 3 column type', /must be one of/],
    ['a missing Arabic name', `${HEADER}\nx,org,,Name,,,,\n`, 'line 2 column name_ar', /required/],
    [
      'a row after a multi-line cell',
      `${HEADER}\nx,org,س,,,,"a\nb\nc",\ny,org,,,,,,\n`,
      'line 5 column name_ar',
      /required/,
    ],
    [
      'a duplicate id',
      `${HEADER}\nx,org,س,,,,,\nx,org,س,,,,,\n`,
      'line 3',
      /duplicate id \(first used at line 2\)/,
    ],
  ])('names the line of %s', (_label, text, where, message) => {
    const error = (() => {
      try {
        parseCsvEntities(text);
      } catch (e) {
        return e as PackError;
      }
    })();
    expect(error).toBeInstanceOf(PackError);
    expect(error?.problems[0]?.where).toBe(where);
    expect(error?.problems[0]?.message).toMatch(message);
  });

  it('rejects an unterminated quote', () => {
    expect(() => parseCsvEntities(`${HEADER}\nx,org,"س,,,,,\n`)).toThrow(/malformed CSV/);
  });
});
