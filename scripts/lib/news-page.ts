import type { Corpus } from './conll.ts';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Corpus sentences as readable text: no space before punctuation or inside brackets. */
export function detokenize(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([.,:;!?،؛؟)»])/g, '$1')
    .replace(/([(«]) /g, '$1');
}

/** Groups the corpus's sentences into paragraphs of about four sentences. */
export function paragraphsFromCorpus(corpus: Corpus, perParagraph = 4): string[] {
  const out: string[] = [];
  for (let i = 0; i < corpus.sentences.length; i += perParagraph) {
    const group = corpus.sentences.slice(i, i + perParagraph);
    const text = group.map(([start, end]) => detokenize(corpus.tokens.slice(start, end))).join(' ');
    if (text.length > 40) out.push(text);
  }
  return out;
}

/** A news site page: masthead, nav, article with subheadings, sidebar, comments and footer. */
export function newsPage(options: { title: string; paragraphs: string[]; comments: string[] }): string {
  const body = options.paragraphs
    .map(
      (p, i) =>
        (i > 0 && i % 12 === 0 ? `<h2>${escapeHtml(p.split(' ').slice(0, 6).join(' '))}</h2>\n` : '') +
        `<p>${escapeHtml(p)}</p>`,
    )
    .join('\n');
  const comments = options.comments
    .map((c, i) => `<li class="comment"><b>قارئ ${i + 1}</b><p>${escapeHtml(c)}</p></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title)} | الأنوال نيوز</title>
<link rel="stylesheet" href="/news.css">
</head>
<body>
<header class="masthead"><a class="logo" href="/">الأنوال نيوز</a>
<nav aria-label="الأقسام"><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">دولي</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
</header>
<div class="layout">
<article>
<p class="kicker">ملف</p>
<h1>${escapeHtml(options.title)}</h1>
<p class="byline">الأنوال نيوز — وكالات</p>
${body}
<section class="comments"><h2>تعليقات القراء</h2><ol>
${comments}
</ol></section>
</article>
<aside class="sidebar"><h2>الأكثر قراءة</h2><ol>
<li><a href="/a/1">الحكومة تصادق على مشروع قانون المالية</a></li>
<li><a href="/a/2">ارتفاع أسعار النفط في الأسواق العالمية</a></li>
<li><a href="/a/3">قمة عربية مرتقبة في الرباط</a></li>
</ol></aside>
</div>
<footer><p>جميع الحقوق محفوظة © الأنوال نيوز</p></footer>
</body>
</html>
`;
}
