import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from './input-error.ts';

const HELP = `siyaq — Arabic news entity matching and knowledge packs

Usage:
  siyaq scan [--pack FILE]... [--no-default] [--stats] FILE...
      Find known entities in UTF-8 .txt or .html files; one JSON line per file.
  siyaq pack validate FILE      Check a pack (JSON or CSV) and list its problems.
  siyaq pack stats [FILE]       Entities by type, aliases and field coverage (default pack without FILE).
  siyaq pack build [--check]    Regenerate the bundled default pack (--check: validate, write nothing).
  siyaq --help | --version

Exit codes: 0 success, 1 internal error, 2 bad input (a one-line error names the file and the problem).`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./scan.ts')).scan,
  pack: async () => (await import('./pack.ts')).pack,
};

export async function main(argv: string[]): Promise<number> {
  quietWhenOutputCloses();
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    console.log(HELP);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    console.log(version());
    return 0;
  }
  const load = commands[first];
  if (load && (rest.includes('--help') || rest.includes('-h'))) {
    console.log(HELP);
    return 0;
  }
  if (!load) {
    console.error(`siyaq: unknown command "${first}" (see siyaq --help)`);
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (error) {
    if (error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`siyaq: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}

/** `siyaq scan … | head` closes the pipe early: stop quietly, as Unix tools do, not with a stack trace. */
function quietWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

function version(): string {
  const pkg = fileURLToPath(new URL('../../package.json', import.meta.url));
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}
