/**
 * Siyaq matcher vs @monyone/aho-corasick vs a RegExp alternation at 1k/10k/100k aliases on ≥ 1 MB of
 * Arabic news text built from ANERcorp dev. The libraries get pre-normalised text and keys and do no
 * boundary or proclitic work; ours includes normalisation, boundaries, proclitics and the guard.
 * Usage: npm run bench  (node --expose-gc --import tsx scripts/bench.ts, for the retained-memory column)
 */
import { AhoCorasick } from '@monyone/aho-corasick';
import { AhoCorasick as FastAhoCorasick } from '@monyone/aho-corasick/fast';
import { getFoldTables, normalize, normalizeKey } from '../lib/arabic/index.ts';
import { compileMatcher, createScanner, loadMatcher, serializeMatcher } from '../lib/match/index.ts';
import { corpusText, readConll } from './lib/conll.ts';
import { scanFloor } from './lib/scan-floor.ts';
import { aliasSet } from './lib/synthetic-names.ts';

const MIN_BYTES = 1_000_000;
/** Per library scan: beyond this the RegExp is measured on a prefix and extrapolated. */
const REGEXP_BUDGET_MS = 4000;
/** Scan rounds per size (best of them). */
const ROUNDS = 5;

const gc = (globalThis as { gc?: () => void }).gc;
/**
 * Heap and ArrayBuffer bytes in use after full collections. ArrayBuffer memory is released by a
 * concurrent sweeper after the collection: without the pauses, buffers freed earlier (the last size's
 * matchers) still count before a compile and vanish during it.
 */
const retained = async () => {
  if (!gc) return Number.NaN;
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
};
const best = (runs: number, f: () => void) => {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) min = Math.min(min, time(f)[1]);
  return min;
};
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

const corpus = readConll();
let text = corpusText(corpus).text;
const unit = text;
while (Buffer.byteLength(text) < MIN_BYTES) text += unit;
const bytes = Buffer.byteLength(text);
const normText = normalize(text).text;
getFoldTables(); // process-wide, built once; its cost is reported apart
console.log(
  `text: ${text.length} UTF-16 units, ${mb(bytes)} MB UTF-8; MB/s below = UTF-8 MB of input per second\n`,
);

const rows: string[] = [];
for (const size of [1_000, 10_000, 100_000]) {
  // Through JSON, as the product gets names (a pack file, IndexedDB): flat strings. The synthetic names
  // are built by concatenation, and V8 would flatten each such rope inside the timed compile.
  const aliases = JSON.parse(JSON.stringify(aliasSet(corpus, size))) as string[];
  const sources = aliases.map((a, i) => ({ id: `e${i}`, aliases: [a] }));
  const keys = aliases.map((a) => normalizeKey(a)).filter((k) => k.length > 0);

  const before = await retained();
  const [matcher, compileMs] = time(() => compileMatcher(sources));
  const ours = (await retained()) - before;
  const buf = serializeMatcher(matcher);
  console.error(`${size}: serialised ${mb(buf.byteLength)} MB`);
  const loadMs = best(5, () => loadMatcher(buf));

  const ac = await libraryBuild(() => new FastAhoCorasick(keys));
  const acSlow = await libraryBuild(() => new AhoCorasick(keys));
  // Side by side in time: each round scans with every matcher once, so a noisy spell of the
  // machine slows them all alike; best of the rounds per matcher.
  let mentions = 0;
  let scanMs = Number.POSITIVE_INFINITY;
  let floorMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    scanMs = Math.min(scanMs, time(() => (mentions = createScanner(matcher).scan(text).length))[1]);
    floorMs = Math.min(floorMs, time(() => scanFloor(text))[1]);
    ac.run((m) => m.matchInText(normText).length);
    acSlow.run((m) => m.matchInText(normText).length);
  }
  const re = await regexpRun(keys);
  const bestLib = Math.max(ac.mbs, acSlow.mbs, re.mbs);
  const oursMbs = bytes / 1e6 / (scanMs / 1000);
  const floorMbs = bytes / 1e6 / (floorMs / 1000);
  // Both: the issue names @monyone/aho-corasick (its default export); its /fast build is the best library here.
  const ratio = `${(oursMbs / bestLib).toFixed(1)}× best lib, ${(oursMbs / acSlow.mbs).toFixed(1)}× aho-corasick (default)`;
  rows.push(
    `| ${size / 1000}k | Siyaq | ${compileMs.toFixed(0)} | ${loadMs.toFixed(2)} | ${oursMbs.toFixed(0)} | ${mb(ours)} | ${mentions} | ${ratio} |`,
    `| | aho-corasick (fast) | ${ac.compileMs.toFixed(0)} | – | ${ac.mbs.toFixed(1)} | ${mb(ac.mem)} | ${ac.hits} | |`,
    `| | aho-corasick (default) | ${acSlow.compileMs.toFixed(0)} | – | ${acSlow.mbs.toFixed(1)} | ${mb(acSlow.mem)} | ${acSlow.hits} | |`,
    `| | RegExp alternation | ${re.compileMs.toFixed(0)} | – | ${re.mbs.toFixed(1)}${re.note} | ${mb(re.mem)} | ${re.hits} | |`,
    `| | floor: read + hash words only | – | – | ${floorMbs.toFixed(0)} | – | – | ${(floorMbs / bestLib).toFixed(1)}× best lib; Siyaq at ${((100 * floorMs) / scanMs).toFixed(0)}% of it |`,
  );
  console.error(`done ${size}`);
}
console.log('| aliases | matcher | compile ms | load ms | scan MB/s | retained MB | hits | ratio |');
console.log('|---|---|---:|---:|---:|---:|---:|---|');
for (const r of rows) console.log(r);
const [, coldMs] = time(() => getFoldTables({ foldHamzaSeats: true }));
console.log(`\nfold tables (built once per process, not in load ms): ${coldMs.toFixed(1)} ms`);
if (!gc) console.log('retained MB needs --expose-gc: node --expose-gc --import tsx scripts/bench.ts');

async function libraryBuild<T>(build: () => T) {
  const before = await retained();
  const [m, compileMs] = time(build);
  const mem = (await retained()) - before;
  const result = {
    compileMs,
    mem,
    hits: 0,
    mbs: 0,
    run(scan: (m: T) => number) {
      const [hits, ms] = time(() => scan(m));
      result.hits = hits;
      result.mbs = Math.max(result.mbs, bytes / 1e6 / (ms / 1000));
    },
  };
  return result;
}

/** Time-boxed: scans growing prefixes and stops when a full scan would blow the budget. */
async function regexpRun(keys: string[]) {
  const escaped = [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const before = await retained();
  const [re, compileMs] = time(() => new RegExp(escaped.join('|'), 'g'));
  const mem = (await retained()) - before;
  let len = 10_000;
  for (;;) {
    const slice = normText.slice(0, len);
    let hits = 0;
    const [, ms] = time(() => {
      hits = slice.match(re)?.length ?? 0;
    });
    const full = (ms * normText.length) / len;
    if (len >= normText.length || full > REGEXP_BUDGET_MS) {
      const sliceBytes = Buffer.byteLength(text) * (len / normText.length);
      const note = len < normText.length ? ` (time-boxed: ${(sliceBytes / 1e3).toFixed(0)} KB prefix)` : '';
      return { compileMs, mbs: sliceBytes / 1e6 / (ms / 1000), mem, hits, note };
    }
    len = Math.min(normText.length, len * 10);
  }
}
