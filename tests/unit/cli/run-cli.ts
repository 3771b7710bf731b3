import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLI is run from there, as a developer runs it. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED_TXT = 'tests/fixtures/seed-article.txt';
export const SEED_HTML = 'tests/e2e/pages/seed-article.html';

/** Each run starts node and registers tsx: about 1-2 s. */
export const SPAWN_TIMEOUT_MS = 30_000;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Non-empty stdout lines. */
  lines: string[];
  /** Non-empty stderr lines. */
  errors: string[];
}

export function runCli(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, ['bin/siyaq.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
  });
  const split = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines: split(result.stdout),
    errors: split(result.stderr),
  };
}

/** A temporary folder for input files; remove() deletes it. */
export function tempFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'siyaq-cli-'));
  return {
    write(name: string, content: string | Uint8Array): string {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
