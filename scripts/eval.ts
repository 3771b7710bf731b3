/**
 * Precision/recall of the matcher on ANERcorp dev with an oracle gazetteer (the corpus's own gold names),
 * next to a naive exact-token baseline. Pages: blocks of PAGE_SENTENCES sentences (about one news
 * article), each a fresh scanner; each sentence is one scanned block. Usage: npm run eval
 */
import { normalizeKey } from '../lib/arabic/index.ts';
import { type CompileOptions, compileMatcher, createScanner } from '../lib/match/index.ts';
import { commonWordsFrom } from './lib/common-word-counts.ts';
import { type Corpus, corpusText, readConll } from './lib/conll.ts';
import { goldMentions } from './lib/oracle.ts';

const PAGE_SENTENCES = 30;

interface Predicted {
  start: number;
  end: number;
  entity: string;
}

const corpus = readConll();
const gold = goldMentions(corpus);
const { text, tokenStart } = corpusText(corpus);
const names = [...new Set(gold.map((g) => g.name))].filter((n) => n.length > 0);
const goldRanges = gold.map((g) => ({
  start: tokenStart[g.first]!,
  end: tokenStart[g.last - 1]! + corpus.tokens[g.last - 1]!.length,
  name: g.name,
}));

function runMatcher(
  options: CompileOptions,
  pages: [number, number] = [0, corpus.sentences.length],
): Predicted[] {
  const matcher = compileMatcher(
    names.map((n) => ({ id: n, aliases: [n] })),
    options,
  );
  const out: Predicted[] = [];
  for (let p = pages[0]; p < pages[1]; p += PAGE_SENTENCES) {
    const scanner = createScanner(matcher);
    for (const [s, e] of corpus.sentences.slice(p, Math.min(p + PAGE_SENTENCES, pages[1]))) {
      const base = tokenStart[s]!;
      const block = text.slice(base, tokenStart[e - 1]! + corpus.tokens[e - 1]!.length);
      for (const m of scanner.scan(block))
        out.push({ start: m.start + base, end: m.end + base, entity: m.entity });
    }
  }
  return out;
}

/** Exact normalised token sequences, leftmost-longest; no proclitics, no guard. */
function runBaseline(c: Corpus): Predicted[] {
  const norm = c.tokens.map((t) => normalizeKey(t));
  const set = new Set(names);
  const maxLen = Math.max(...names.map((n) => n.split(' ').length));
  const out: Predicted[] = [];
  for (let i = 0; i < norm.length; ) {
    let hit = 0;
    for (let len = Math.min(maxLen, norm.length - i); len > 0 && hit === 0; len--) {
      if (set.has(norm.slice(i, i + len).join(' '))) hit = len;
    }
    if (hit === 0) {
      i++;
      continue;
    }
    const end = tokenStart[i + hit - 1]! + c.tokens[i + hit - 1]!.length;
    out.push({ start: tokenStart[i]!, end, entity: norm.slice(i, i + hit).join(' ') });
    i += hit;
  }
  return out;
}

function score(pred: Predicted[], from = 0): { p: number; r: number; f: number; n: number } {
  const sorted = goldRanges.filter((g) => g.start >= from).sort((a, b) => a.start - b.start);
  const hitGold = new Set<number>();
  let right = 0;
  for (const m of pred) {
    let ok = false;
    // Gold spans are short and sorted: a binary search would do, a window is enough here.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sorted.length && sorted[k]!.start < m.end; k++) {
      if (sorted[k]!.name === m.entity && sorted[k]!.end > m.start) {
        ok = true;
        hitGold.add(k);
      }
    }
    if (ok) right++;
  }
  const p = right / pred.length;
  const r = hitGold.size / sorted.length;
  return { p, r, f: (2 * p * r) / (p + r), n: pred.length };
}

// Held out: common words counted on the first half only, scored on the second half's pages.
const half = Math.floor(corpus.sentences.length / 2 / PAGE_SENTENCES) * PAGE_SENTENCES;
const halfToken = corpus.sentences[half]![0];
const heldOut = runMatcher({ commonWords: new Set(commonWordsFrom(corpus, 0, halfToken)) }, [
  half,
  corpus.sentences.length,
]);

const rows: [string, Predicted[], number][] = [
  ['exact-token baseline', runBaseline(corpus), 0],
  ['matcher, no guard', runMatcher({ commonWords: new Set(), shortAliasMax: 0 }), 0],
  ['matcher (default)', runMatcher({}), 0],
  ['matcher, ؤ→و ئ→ي folded', runMatcher({ foldHamzaSeats: true }), 0],
  ['matcher, short = ≤3 letters', runMatcher({ shortAliasMax: 3 }), 0],
  ['second half, common words from first half only', heldOut, tokenStart[halfToken]!],
  [
    'second half, shipped common words',
    runMatcher({}).filter((m) => m.start >= tokenStart[halfToken]!),
    tokenStart[halfToken]!,
  ],
];
console.log(
  `dev.conll: ${corpus.tokens.length} tokens, ${gold.length} gold mentions, ${names.length} names\n`,
);
console.log('| run | predicted | precision | recall | F1 |\n|---|---:|---:|---:|---:|');
for (const [label, pred, from] of rows) {
  const s = score(pred, from);
  console.log(`| ${label} | ${s.n} | ${s.p.toFixed(3)} | ${s.r.toFixed(3)} | ${s.f.toFixed(3)} |`);
}
