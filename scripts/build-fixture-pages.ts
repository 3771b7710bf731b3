// Builds the realistic Arabic fixture pages of the end-to-end tests and the page benchmark from ANERcorp
// newswire (../shared/data/anercorp/dev.conll). The test pages are committed; run this to regenerate them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readConll } from './lib/conll.ts';
import { newsPage, paragraphsFromCorpus } from './lib/news-page.ts';

const corpus = readConll();
const paragraphs = paragraphsFromCorpus(corpus);

function write(path: string, html: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  console.log(`${path}: ${(html.length / 1024).toFixed(0)} KB`);
}

/** Paragraphs from `from` until their text reaches `chars` characters. */
function take(from: number, chars: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = from; size < chars; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    size += p.length;
  }
  return out;
}

if (process.argv.includes('--bench')) {
  write(
    '.cache/bench-page.html',
    newsPage({ title: 'أرشيف الأخبار', paragraphs: take(0, 1_050_000), comments: [] }),
  );
} else {
  write(
    'tests/e2e/pages/long-article.html',
    newsPage({
      title: 'ملف خاص: حصاد الأخبار الدولية',
      paragraphs: take(0, 210_000),
      comments: take(900, 6_000),
    }),
  );
  write('tests/e2e/pages/feed-paragraphs.json', JSON.stringify(take(300, 40_000)));
}
