/**
 * Coverage of the default pack on ANERcorp dev: the share of gold LOC, ORG and PERS mentions that the
 * matcher, compiled from the default pack alone, finds (a predicted mention overlapping the gold span),
 * and the names missed most often. Pages of 30 sentences, as in the evaluation. Usage: npm run coverage
 */
import { readFileSync } from 'node:fs';
import type { PackFile } from '../lib/knowledge/types.ts';
import { compileMatcher, createScanner } from '../lib/match/index.ts';
import { corpusText, readConll } from './lib/conll.ts';
import { goldMentions } from './lib/oracle.ts';

const PAGE_SENTENCES = 30;
const pack = JSON.parse(readFileSync('public/packs/default.json', 'utf8')) as PackFile;
const matcher = compileMatcher(
  pack.entities.map((e) => ({ id: e.id, aliases: [e.name_ar, ...e.aliases_ar] })),
);
const corpus = readConll();
const { text, tokenStart } = corpusText(corpus);

const found: Array<[number, number]> = [];
for (let p = 0; p < corpus.sentences.length; p += PAGE_SENTENCES) {
  const scanner = createScanner(matcher);
  for (const [s, e] of corpus.sentences.slice(p, p + PAGE_SENTENCES)) {
    const base = tokenStart[s]!;
    const block = text.slice(base, tokenStart[e - 1]! + corpus.tokens[e - 1]!.length);
    for (const m of scanner.scan(block)) found.push([m.start + base, m.end + base]);
  }
}
found.sort((a, b) => a[0] - b[0]);

function overlaps(start: number, end: number): boolean {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (found[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < found.length && found[lo]![0] < end;
}

const stats = new Map<string, { total: number; hit: number; missed: Map<string, number> }>();
for (const g of goldMentions(corpus)) {
  if (!['LOC', 'ORG', 'PERS'].includes(g.type)) continue;
  const start = tokenStart[g.first]!;
  const end = tokenStart[g.last - 1]! + corpus.tokens[g.last - 1]!.length;
  const row = stats.get(g.type) ?? { total: 0, hit: 0, missed: new Map() };
  stats.set(g.type, row);
  row.total++;
  if (overlaps(start, end)) row.hit++;
  else row.missed.set(g.name, (row.missed.get(g.name) ?? 0) + 1);
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`default pack ${pack.pack.version}, ${pack.entities.length} entities\n`);
console.log('| gold type | mentions | found by the default pack | share |\n|---|---|---|---|');
for (const [type, row] of stats)
  console.log(`| ${type} | ${row.total} | ${row.hit} | ${pct(row.hit, row.total)} |`);
const org = stats.get('ORG')!;
const pers = stats.get('PERS')!;
console.log(
  `| PERS+ORG | ${org.total + pers.total} | ${org.hit + pers.hit} | ${pct(org.hit + pers.hit, org.total + pers.total)} |`,
);
for (const [type, row] of stats) {
  const top = [...row.missed].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`\nmost missed ${type}: ${top.map(([n, c]) => `${n} (${c})`).join('، ')}`);
}
