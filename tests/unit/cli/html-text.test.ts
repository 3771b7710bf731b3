import { describe, expect, it } from 'vitest';
import { htmlText } from '../../../scripts/cli/html-text.ts';

const page = (body: string) => `<!doctype html><html lang="ar" dir="rtl"><body>${body}</body></html>`;

describe('htmlText (siyaq scan of an .html file)', () => {
  it('separates blocks by a blank line, which no name crosses', () => {
    const text = htmlText(
      page('<table><tr><td>عبد اللطيف</td><td>حموشي</td></tr></table><h2>منطقة</h2><p>الساحل</p>'),
    );
    expect(text.split('\n\n')).toEqual(['عبد اللطيف', 'حموشي', 'منطقة', 'الساحل']);
  });

  it('reads every top-level article, not only the first', () => {
    const text = htmlText(
      page(
        '<aside><article><p>تونس</p></article></aside>' +
          '<main><article><h1>زيارة</h1><p>زار الملك محمد السادس المغرب</p><article><p>داخلي</p></article></article></main>',
      ),
    );
    expect(text.split('\n\n')).toEqual(['تونس', 'زيارة', 'زار الملك محمد السادس المغرب', 'داخلي']);
  });

  it('reads the body when there is no article', () => {
    expect(htmlText(page('<header><p>الأنوال نيوز</p></header><div><p>خبر عن المغرب</p></div>'))).toBe(
      'الأنوال نيوز\n\nخبر عن المغرب',
    );
  });

  it('leaves out blocks the page does not render, by its own style or stylesheet', () => {
    const text = htmlText(
      '<!doctype html><html><head><style>.closed { display: none }</style></head><body>' +
        '<p>نص ظاهر عن المغرب</p><div style="display: none"><p>لبنان</p></div>' +
        '<div class="closed"><p>سوريا</p></div><p hidden>الأردن</p></body></html>',
    );
    expect(text).toBe('نص ظاهر عن المغرب');
  });

  it('reads a blank line of the HTML source inside a paragraph as the space the reader sees', () => {
    const text = htmlText(
      page('<p>زار وفد من الولايات\n\n   المتحدة الرباط</p><pre>سطر أول\n\nسطر ثان</pre>'),
    );
    expect(text.split('\n\n')).toEqual(['زار وفد من الولايات     المتحدة الرباط', 'سطر أول', 'سطر ثان']);
  });
});
