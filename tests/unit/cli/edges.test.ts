import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, ROOT, runCli, SEED_TXT, SPAWN_TIMEOUT_MS, tempFolder } from './run-cli.ts';

const folder = tempFolder();
afterAll(() => folder.remove());

interface Line {
  file: string;
  mentions: Array<{ start: number; end: number; text: string; entity: { id: string } }>;
}
const lines = (r: CliResult) => r.lines.map((l) => JSON.parse(l) as Line);

describe('siyaq scan: text files as pack authors have them', () => {
  let bom: CliResult;
  let crlf: CliResult;
  beforeAll(() => {
    bom = runCli('scan', folder.write('bom.txt', '\uFEFFزار المغرب'));
    crlf = runCli('scan', folder.write('crlf.txt', 'استقبل عبد اللطيف\r\nحموشي اليوم\r\n'));
  }, 2 * SPAWN_TIMEOUT_MS);

  it('keeps a byte-order mark in the text the offsets count (the decoded file as is)', () => {
    const [line] = lines(bom);
    expect(line!.mentions.map((m) => [m.start, m.end, m.text])).toEqual([[5, 11, 'المغرب']]);
  });

  it('finds a name wrapped at a Windows line end', () => {
    const [line] = lines(crlf);
    expect(line!.mentions.map((m) => m.text)).toEqual(['عبد اللطيف\r\nحموشي']);
  });
});

describe('siyaq: errors and pipes', () => {
  it('names a path through a file as such, exit 2', () => {
    const path = join(ROOT, SEED_TXT, 'x.txt');
    const r = runCli('scan', path);
    expect([r.status, r.errors]).toEqual([2, [`siyaq: ${path}: a part of the path is not a directory`]]);
  });

  it('prints the usage for a command’s --help', () => {
    const r = runCli('scan', '--help');
    expect([r.status, r.errors]).toEqual([0, []]);
    expect(r.stdout).toMatch(/siyaq scan /);
  });

  it(
    'stops quietly when the reader of its output goes away (siyaq scan … | head)',
    () => {
      const files = Array.from({ length: 60 }, () => SEED_TXT).join(' ');
      const r = spawnSync(
        'bash',
        [
          '-c',
          `node bin/siyaq.js scan ${files} 2>&1 >/dev/stdout | head -c 100 >/dev/null; echo "status \${PIPESTATUS[0]}"`,
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: SPAWN_TIMEOUT_MS,
        },
      );
      expect(r.stdout.trim()).toBe('status 0');
    },
    SPAWN_TIMEOUT_MS,
  );
});

describe('siyaq pack build', () => {
  it(
    'validates without writing with --check',
    () => {
      const pack = join(ROOT, 'public/packs/default.json');
      const before = statSync(pack).mtimeMs;
      const r = runCli('pack', 'build', '--check');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/checked/);
      expect(statSync(pack).mtimeMs).toBe(before);
    },
    SPAWN_TIMEOUT_MS,
  );

  it('refuses any other argument, exit 2, building nothing', () => {
    const r = runCli('pack', 'build', 'whatever');
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.errors[0]).toMatch(/unexpected argument "whatever"/);
  });
});
