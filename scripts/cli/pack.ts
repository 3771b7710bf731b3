import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, type Entity, type PackFile } from '../../lib/knowledge/types.ts';
import { InputError } from './input-error.ts';
import { DEFAULT_PACK, readPackFile } from './read-input.ts';

/** siyaq pack validate FILE | stats [FILE] | build [--check] */
export async function pack(argv: string[]): Promise<number> {
  const [sub, file, ...extra] = argv;
  if (extra.length > 0) throw new InputError('siyaq pack', `unexpected argument "${extra[0]}"`);
  switch (sub) {
    case 'validate': {
      if (!file) throw new InputError('siyaq pack validate', 'no pack file given');
      const p = await readPackFile(file);
      console.log(`${file}: ok — pack "${p.pack.id}" ${p.pack.version}, ${p.entities.length} entities`);
      return 0;
    }
    case 'stats':
      console.log(formatStats(await readPackFile(file ?? DEFAULT_PACK)));
      return 0;
    case 'build': {
      if (file !== undefined && file !== '--check')
        throw new InputError('siyaq pack build', `unexpected argument "${file}" (only --check)`);
      const script = fileURLToPath(new URL('../build-default-pack.ts', import.meta.url));
      const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
      const args = [tsx, script, ...(file ? [file] : [])];
      return spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
    }
    default:
      throw new InputError('siyaq pack', `unknown subcommand "${sub ?? ''}" (validate, stats or build)`);
  }
}

/** Entities by type, aliases, and how many entities have each optional field. */
export function formatStats(file: PackFile): string {
  const { entities } = file;
  const count = (test: (e: PackFile['entities'][number]) => boolean) => entities.filter(test).length;
  const pct = (n: number) =>
    `${`${n}`.padStart(6)}  (${entities.length ? Math.round((100 * n) / entities.length) : 0}%)`;
  const lines = [
    `pack "${file.pack.id}" ${file.pack.version}: ${entities.length} entities`,
    'by type:',
    ...ENTITY_TYPES.map((t) => `  ${t.padEnd(16)}${pct(count((e) => e.type === t))}`),
    `aliases: ${entities.reduce((n, e) => n + e.aliases_ar.length, 0)} Arabic, ${entities.reduce((n, e) => n + e.aliases_en.length, 0)} English`,
    'entities with:',
    ...(
      [
        ['name_en', (e) => e.name_en !== ''],
        ['aliases_ar', (e) => e.aliases_ar.length > 0],
        ['description_ar', (e) => e.description_ar !== ''],
        ['description_en', (e) => e.description_en !== ''],
        ['facts', (e) => e.facts.length > 0],
        ['related', (e) => e.related.length > 0],
        ['wikipedia_ar', (e) => Boolean(e.links.wikipedia_ar)],
        ['wikipedia_en', (e) => Boolean(e.links.wikipedia_en)],
        ['wikidata', (e) => Boolean(e.links.wikidata)],
        ['website', (e) => Boolean(e.links.website)],
        ['as_of', (e) => Boolean(e.as_of)],
      ] satisfies Array<[string, (e: Entity) => boolean]>
    ).map(([name, test]) => `  ${name.padEnd(16)}${pct(count(test))}`),
  ];
  return lines.join('\n');
}
