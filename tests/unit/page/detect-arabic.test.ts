// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { arabicShare, isArabicDocument } from '../../../lib/page/detect-arabic.ts';

const HEADLINE = 'المغرب والولايات المتحدة.. تنسيق أمني لمواجهة التحديات المشتركة';
const PARAGRAPH =
  'استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، صباح الثلاثاء الماضي، بمكتبه بالرباط، مدير مكتب التحقيقات الفيدرالي الأمريكي، كريستوفر راي.';
const ENGLISH =
  'FBI Director Christopher Wray met Abdellatif Hammouchi, head of Morocco’s national security, in Rabat on Tuesday to discuss counter-terrorism cooperation.';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('arabicShare', () => {
  it.each([
    ['', 0],
    ['2022 — 5/4', 0],
    [HEADLINE, 1],
    // diacritics and tatweel are not counted against the text
    ['مُحَمَّد', 1],
    ['الـمـغرب', 1],
    ['الأنوال نيوز', 1],
    // Persian and Urdu letters are Arabic script too
    ['پاکستان', 1],
    [ENGLISH, 0],
    // 6 Arabic letters of 13
    ['Morocco المغرب', 6 / 13],
    // Arabic-Indic digits are not letters
    ['يونيو ٢٠٢٢', 1],
  ])('%j → %d', (sample, share) => {
    expect(arabicShare(sample)).toBeCloseTo(share, 5);
  });
});

describe('isArabicDocument', () => {
  it.each([
    ['<html lang="ar"><body><p>Breaking news</p></body></html>', true],
    ['<html lang="ar-MA"><body><p>Breaking news</p></body></html>', true],
    ['<html lang="AR"><body><p>Breaking news</p></body></html>', true],
    ['<html><body lang="ar"><p>Breaking news</p></body></html>', true],
    ['<html lang="en"><body><p>Breaking news</p></body></html>', false],
    ['<html><body></body></html>', false],
  ])('trusts the declared language: %s', (html, expected) => {
    expect(isArabicDocument(parse(html))).toBe(expected);
  });

  it.each([
    // undeclared Arabic article with Latin menus and ads
    [
      `<html><body><nav>Home · World · Sport · Login</nav><h1>${HEADLINE}</h1><p>${PARAGRAPH}</p><aside>Advertisement</aside></body></html>`,
      true,
    ],
    // mislabelled: lang="en" on an Arabic page still reads as Arabic from its text
    [`<html lang="en"><body><h1>${HEADLINE}</h1><p>${PARAGRAPH}</p></body></html>`, true],
    // English article quoting an Arabic name
    [`<html><body><h1>Morocco and the US</h1><p>${ENGLISH} (In Arabic: حموشي.)</p></body></html>`, false],
    // a page whose Arabic is only in scripts and styles is not Arabic
    [
      `<html><body><p>${ENGLISH}</p><script>var t = "${PARAGRAPH}${PARAGRAPH}";</script><style>/* ${PARAGRAPH} */</style></body></html>`,
      false,
    ],
    // an Arabic page with a long English script is still Arabic
    [`<html><body><p>${PARAGRAPH}</p><script>/* ${ENGLISH.repeat(10)} */</script></body></html>`, true],
  ])('reads the text when no Arabic language is declared: %s', (html, expected) => {
    expect(isArabicDocument(parse(html))).toBe(expected);
  });
});
