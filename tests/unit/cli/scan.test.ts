import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliResult,
  ROOT,
  runCli,
  SEED_HTML,
  SEED_TXT,
  SPAWN_TIMEOUT_MS,
  tempFolder,
} from './run-cli.ts';

interface ScanLine {
  file: string;
  mentions: Array<{ start: number; end: number; text: string; entity: { id: string; type: string } }>;
  stats?: Record<string, number>;
}

const seedText = readFileSync(join(ROOT, SEED_TXT), 'utf8');
const folder = tempFolder();
afterAll(() => folder.remove());

const parse = (result: CliResult): ScanLine[] => result.lines.map((line) => JSON.parse(line) as ScanLine);

describe('siyaq scan with the default pack', () => {
  let result: CliResult;
  let txt: ScanLine;
  let html: ScanLine;
  beforeAll(() => {
    result = runCli('scan', '--stats', SEED_TXT, SEED_HTML);
    [txt, html] = parse(result) as [ScanLine, ScanLine];
  }, SPAWN_TIMEOUT_MS);

  it('prints one JSON line per file and exits 0', () => {
    expect([result.status, result.errors, parse(result).map((line) => line.file)]).toEqual([
      0,
      [],
      [SEED_TXT, SEED_HTML],
    ]);
  });

  it('finds المغرب at the start of the seed article as Morocco', () => {
    expect(txt.mentions).toContainEqual(
      expect.objectContaining({
        start: 0,
        end: 6,
        text: 'المغرب',
        entity: expect.objectContaining({ id: 'morocco' }),
      }),
    );
  });

  it('gives offsets into the file text: each slice is the mention’s text', () => {
    expect(txt.mentions.filter((m) => seedText.slice(m.start, m.end) !== m.text)).toEqual([]);
  });

  it('adds stats with --stats', () => {
    expect(Object.keys(txt.stats ?? {}).sort()).toEqual(['aliases', 'chars', 'compile_ms', 'scan_ms']);
    expect(txt.stats?.chars).toBe(seedText.length);
  });

  it('reads names split across inline elements of an .html file (<a>عبد اللطيف</a> حموشي)', () => {
    const texts = html.mentions.map((m) => `${m.entity.id}:${m.text}`);
    expect(texts).toEqual(
      expect.arrayContaining(['abdellatif-hammouchi:عبد اللطيف حموشي', 'christopher-wray:كريستوفر راي']),
    );
  });

  it('finds the same entities in the .html as in the .txt of one article', () => {
    const ids = (line: ScanLine) => [...new Set(line.mentions.map((m) => m.entity.id))].sort();
    expect(ids(html)).toEqual(ids(txt));
  });
});

describe('siyaq scan --no-default --pack FILE.csv', () => {
  let lines: ScanLine[];
  beforeAll(() => {
    const pack = folder.write(
      'semmouni.csv',
      [
        'id,type,name_ar,name_en,aliases_ar,aliases_en,description_ar,description_en',
        'cherkaoui-semmouni,person,خالد الشرقاوي السموني,Khalid Cherkaoui Semmouni,الشرقاوي,,"مدير مركز الرباط للدراسات السياسية, والاستراتيجية","Director of the Rabat Centre for Political and Strategic Studies, Morocco"',
        '',
      ].join('\n'),
    );
    lines = parse(runCli('scan', '--no-default', '--pack', pack, SEED_TXT));
  }, SPAWN_TIMEOUT_MS);

  it('finds only that pack’s entity', () => {
    expect([...new Set(lines[0]?.mentions.map((m) => m.entity.id))]).toEqual(['cherkaoui-semmouni']);
  });

  it('finds its name and its alias', () => {
    expect(lines[0]?.mentions.map((m) => m.text)).toEqual([
      'خالد الشرقاوي السموني',
      'الشرقاوي',
      'الشرقاوي',
      'الشرقاوي',
    ]);
  });
});

describe('siyaq scan with bad input', () => {
  let missing: CliResult;
  let notUtf8: CliResult;
  let badPack: CliResult;
  let missingPath: string;
  let notUtf8Path: string;
  let badPackPath: string;
  beforeAll(() => {
    missingPath = join(ROOT, 'tests/fixtures/no-such-article.txt');
    missing = runCli('scan', missingPath, SEED_TXT);
    // a UTF-16 byte-order mark and the letter ء: a Windows export, not UTF-8
    notUtf8Path = folder.write('utf16.txt', Uint8Array.of(0xff, 0xfe, 0x21, 0x06));
    notUtf8 = runCli('scan', notUtf8Path);
    badPackPath = folder.write('broken.json', '{"format": "siyaq-pack", "format_version": 1, "entities": [');
    badPack = runCli('scan', '--pack', badPackPath, SEED_TXT);
  }, 3 * SPAWN_TIMEOUT_MS);

  it.each([
    ['a missing file', () => [missing, missingPath] as const],
    ['a file that is not UTF-8', () => [notUtf8, notUtf8Path] as const],
    ['a malformed pack', () => [badPack, badPackPath] as const],
  ])('%s exits 2 with one stderr line naming the file', (_, get) => {
    const [result, path] = get();
    expect(result.status).toBe(2);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(path);
  });

  it.each([
    ['a missing file', () => [missing, missingPath] as const],
    ['a file that is not UTF-8', () => [notUtf8, notUtf8Path] as const],
    ['a malformed pack', () => [badPack, badPackPath] as const],
  ])('%s prints nothing on stdout for that file', (_, get) => {
    const [result, path] = get();
    expect(parse(result).filter((line) => line.file === path)).toEqual([]);
  });

  it('still scans the other files after a missing one', () => {
    expect(parse(missing).map((line) => line.file)).toEqual([SEED_TXT]);
  });

  it('scans nothing when a pack is bad', () => {
    expect(badPack.stdout).toBe('');
  });
});
