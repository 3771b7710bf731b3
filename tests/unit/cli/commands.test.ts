import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../lib/knowledge/types.ts';
import { type CliResult, ROOT, runCli, SPAWN_TIMEOUT_MS, tempFolder } from './run-cli.ts';

const folder = tempFolder();
afterAll(() => folder.remove());

describe('siyaq pack validate', () => {
  let ok: CliResult;
  let bad: CliResult;
  let okPath: string;
  let badPath: string;
  beforeAll(() => {
    okPath = folder.write(
      'maghreb.json',
      JSON.stringify({
        format: 'siyaq-pack',
        format_version: 1,
        pack: { id: 'maghreb', name: 'Maghreb', version: '1.2.0', source: 'tests', license: 'CC0-1.0' },
        entities: [
          {
            id: 'morocco',
            type: 'place',
            name_ar: 'المغرب',
            name_en: 'Morocco',
            aliases_ar: ['المملكة المغربية'],
          },
          { id: 'rabat', type: 'place', name_ar: 'الرباط', name_en: 'Rabat' },
        ],
      }),
    );
    ok = runCli('pack', 'validate', okPath);
    badPath = folder.write(
      'no-names.json',
      JSON.stringify({
        format: 'siyaq-pack',
        format_version: 1,
        pack: { id: 'maghreb', name: 'Maghreb', version: '1.2.0', source: 'tests', license: 'CC0-1.0' },
        entities: [{ id: 'morocco', type: 'country', name_en: 'Morocco' }],
      }),
    );
    bad = runCli('pack', 'validate', badPath);
  }, 2 * SPAWN_TIMEOUT_MS);

  it('accepts a valid pack and summarises it', () => {
    expect([ok.status, ok.lines, ok.errors]).toEqual([
      0,
      [`${okPath}: ok — pack "maghreb" 1.2.0, 2 entities`],
      [],
    ]);
  });

  it('rejects an invalid pack with exit code 2 and one line naming the file and its problems', () => {
    expect([bad.status, bad.stdout, bad.errors.length]).toEqual([2, '', 1]);
    expect(bad.errors[0]).toContain(badPath);
    expect(bad.errors[0]).toMatch(/type/);
    expect(bad.errors[0]).toMatch(/name_ar/);
  });
});

describe('siyaq pack stats', () => {
  let result: CliResult;
  beforeAll(() => {
    result = runCli('pack', 'stats');
  }, SPAWN_TIMEOUT_MS);

  it('counts the default pack’s entities by type', () => {
    expect(result.status).toBe(0);
    expect(result.lines[0]).toMatch(/^pack "default" \d+\.\d+\.\d+: \d+ entities$/);
    const byType = result.lines.slice(2, 2 + ENTITY_TYPES.length).map((line) => line.trim().split(/\s+/)[0]);
    expect([result.lines[1], byType]).toEqual(['by type:', [...ENTITY_TYPES]]);
  });

  it('has type counts that add up to the total', () => {
    const total = Number(/: (\d+) entities$/.exec(result.lines[0] ?? '')?.[1]);
    const counts = result.lines
      .slice(2, 2 + ENTITY_TYPES.length)
      .map((line) => Number(line.trim().split(/\s+/)[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('siyaq --help and --version', () => {
  let help: CliResult;
  let version: CliResult;
  beforeAll(() => {
    help = runCli('--help');
    version = runCli('--version');
  }, 2 * SPAWN_TIMEOUT_MS);

  it('--help prints the usage and exits 0', () => {
    expect([help.status, help.errors]).toEqual([0, []]);
    expect(help.stdout).toMatch(/siyaq scan .*FILE/);
    expect(help.stdout).toMatch(/siyaq pack validate FILE/);
  });

  it('--version prints the package version and exits 0', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect([version.status, version.lines]).toEqual([0, [pkg.version]]);
  });
});
