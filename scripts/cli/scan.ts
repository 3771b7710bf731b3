import { parseArgs } from 'node:util';
import type { Entity } from '../../lib/knowledge/types.ts';
import { compileMatcher, createScanner } from '../../lib/match/index.ts';
import { htmlText } from './html-text.ts';
import { InputError } from './input-error.ts';
import { DEFAULT_PACK, readPackFile, readText } from './read-input.ts';

/** siyaq scan [--pack FILE]... [--no-default] [--stats] FILE... — one JSON line per input file. */
export async function scan(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pack: { type: 'string', multiple: true },
      'no-default': { type: 'boolean' },
      stats: { type: 'boolean' },
    },
  });
  if (positionals.length === 0) throw new InputError('siyaq scan', 'no input file given');
  const packFiles = [...(values['no-default'] ? [] : [DEFAULT_PACK]), ...(values.pack ?? [])];
  const entities = new Map<string, Entity>();
  for (const file of packFiles) for (const e of (await readPackFile(file)).entities) entities.set(e.id, e);

  const started = performance.now();
  const sources = [...entities.values()].map((e) => ({ id: e.id, aliases: [e.name_ar, ...e.aliases_ar] }));
  const matcher = compileMatcher(sources);
  const compileMs = performance.now() - started;
  const aliases = sources.reduce((n, s) => n + s.aliases.length, 0);

  let status = 0;
  for (const file of positionals) {
    let text: string;
    try {
      const raw = await readText(file);
      text = /\.html?$/i.test(file) ? htmlText(raw.replace(/^\uFEFF/, '')) : raw;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`siyaq: ${error.message}`);
      status = 2;
      continue;
    }
    const t0 = performance.now();
    const mentions = createScanner(matcher).scan(text);
    const scanMs = performance.now() - t0;
    const out: Record<string, unknown> = {
      file,
      mentions: mentions.map((m) => {
        const e = entities.get(m.entity)!;
        return {
          start: m.start,
          end: m.end,
          text: text.slice(m.start, m.end),
          entity: { id: e.id, type: e.type, name_ar: e.name_ar, name_en: e.name_en },
        };
      }),
    };
    if (values.stats) {
      const round = (ms: number) => Math.round(ms * 100) / 100;
      out.stats = { aliases, compile_ms: round(compileMs), scan_ms: round(scanMs), chars: text.length };
    }
    console.log(JSON.stringify(out));
  }
  return status;
}
