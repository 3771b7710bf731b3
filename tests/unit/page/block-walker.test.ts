// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { type Block, BlockWalker } from '../../../lib/page/block-walker.ts';
import { readBlocks, SEED, setBody } from './dom.ts';

const texts = (blocks: Block[]) => blocks.map((b) => b.text);

describe('BlockWalker', () => {
  it.each([
    ['<p>استقبل <a href="/profiles/hammouchi.html">عبد اللطيف</a> حموشي</p>', ['استقبل عبد اللطيف حموشي']],
    ['<p>مدير المكتب، <b>كريستوفر</b> راي، الذي</p>', ['مدير المكتب، كريستوفر راي، الذي']],
    [
      '<p>قال <a href="/p"><strong>خالد الشرقاوي</strong> السموني</a>، مدير مركز</p>',
      ['قال خالد الشرقاوي السموني، مدير مركز'],
    ],
    ['<h1><span>المغرب</span> <span>والولايات</span> <em>المتحدة</em></h1>', ['المغرب والولايات المتحدة']],
  ])('keeps inline elements in one block: %s', (html, expected) => {
    expect(texts(readBlocks(setBody(html)))).toEqual(expected);
  });

  it.each([
    ['<p>بمكتبه بالرباط<br>المملكة المغربية</p>', ['بمكتبه بالرباط', 'المملكة المغربية']],
    [
      '<div>قال الشرقاوي<p>مدير مركز الرباط للدراسات</p>إن اللقاء مهم</div>',
      ['قال الشرقاوي', 'مدير مركز الرباط للدراسات', 'إن اللقاء مهم'],
    ],
    ['<ul><li><a>الرباط</a></li><li><a>المغرب</a></li></ul>', ['الرباط', 'المغرب']],
    ['<table><tr><td>الرباط</td><td>المغرب</td></tr></table>', ['الرباط', 'المغرب']],
    ['<blockquote>الأمن<blockquote>الوطني</blockquote></blockquote>', ['الأمن', 'الوطني']],
  ])('splits at <br> and nested blocks: %s', (html, expected) => {
    expect(texts(readBlocks(setBody(html)))).toEqual(expected);
  });

  it('gives each block its nearest block element', () => {
    const body = setBody('<div>قال الشرقاوي<p>مدير <b>مركز</b> الرباط</p>إن اللقاء مهم</div>');
    const div = body.querySelector('div')!;
    const p = body.querySelector('p')!;
    expect(readBlocks(body).map((b) => b.element)).toEqual([div, p, div]);
  });

  it.each([
    '<script>var name = "الرباط";</script>',
    '<style>.x::after { content: "الرباط" }</style>',
    '<noscript>الرباط</noscript>',
    '<textarea>الرباط</textarea>',
    '<select><option>الرباط</option></select>',
    '<code>الرباط</code>',
    '<span contenteditable="true">الرباط</span>',
    '<span contenteditable="">الرباط</span>',
    '<div contenteditable="plaintext-only"><p>الرباط</p></div>',
    '<span hidden>الرباط</span>',
    '<span aria-hidden="true">الرباط</span>',
    '<div data-siyaq-card><p>الرباط</p></div>',
  ])('skips the text of %s', (inner) => {
    expect(texts(readBlocks(setBody(`<p>المغرب ${inner}</p>`))).join('|')).not.toContain('الرباط');
  });

  it.each([
    '<span contenteditable="false">الرباط</span>',
    '<span aria-hidden="false">الرباط</span>',
    '<span class="hidden">الرباط</span>',
  ])('reads the text of %s', (inner) => {
    expect(texts(readBlocks(setBody(`<p>المغرب ${inner}</p>`)))).toEqual(['المغرب الرباط']);
  });

  it('drops blocks without an Arabic letter and numbers only the blocks it keeps', () => {
    const body = setBody(`<p>Breaking news</p><p>2022 — 5/4</p><p>${SEED.visit}</p><p>Advertisement</p>`);
    expect(readBlocks(body).map(({ id, text }) => ({ id, text }))).toEqual([{ id: 1, text: SEED.visit }]);
  });

  it('records each text node and where it starts in the block', () => {
    const blocks = readBlocks(setBody('<p>استقبل <a>عبد اللطيف</a> حموشي</p>'));
    expect(blocks[0]!.nodes.map((n) => n.data)).toEqual(['استقبل ', 'عبد اللطيف', ' حموشي']);
    expect(blocks[0]!.starts).toEqual([0, 7, 17]);
  });

  it('reads only a block’s own text when told not to descend', () => {
    const body = setBody('<div>قال الشرقاوي<p>مدير مركز الرباط</p>إن اللقاء مهم</div>');
    const div = body.querySelector('div')!;
    expect(texts(readBlocks(div, { descend: false }))).toEqual(['قال الشرقاوي', 'إن اللقاء مهم']);
  });

  it('leaves out nested blocks that are not visible', () => {
    const body = setBody(`<article><p>${SEED.visit}</p><p class="gone">${SEED.fbi}</p></article>`);
    const blocks = readBlocks(body, { isVisible: (el) => !el.classList.contains('gone') });
    expect(texts(blocks)).toEqual([SEED.visit]);
  });

  it('leaves out inline text the page does not render, and reports it', () => {
    // A phone-only label and an SEO line, both hidden by the page's styles, inside one paragraph.
    const body = setBody(
      '<p>استقبل <span class="mobile">المدير</span>عبد اللطيف <span style="display: none">حموشي الرباط</span>حموشي، ' +
        '<a class="author" href="/a">بالرباط</a>.</p>',
    );
    const hidden: Element[] = [];
    const blocks = readBlocks(body, {
      isVisible: (el) => !el.classList.contains('mobile') && (el as HTMLElement).style.display !== 'none',
      onHidden: (el) => hidden.push(el),
    });
    expect(texts(blocks)).toEqual(['استقبل عبد اللطيف حموشي، بالرباط.']);
    expect(hidden.map((el) => el.tagName)).toEqual(['SPAN', 'SPAN']);
    // Within one block's own text too (the path taken when a paragraph is edited).
    const p = body.querySelector('p')!;
    expect(
      texts(
        readBlocks(p, {
          descend: false,
          isVisible: (el) => !el.classList.contains('mobile') && (el as HTMLElement).style.display !== 'none',
        }),
      ),
    ).toEqual(['استقبل عبد اللطيف حموشي، بالرباط.']);
  });

  it('turns the source line breaks of a blank line into spaces, offsets unchanged, unless the block keeps them', () => {
    const body = setBody(
      '<p>الولايات\n\n  <b>المتحدة</b>\r\n\r\nوالمغرب</p><pre>المغرب\n\nالرباط</pre><p style="white-space: pre-line">حموشي\n\nالرباط</p>',
    );
    const [p, pre, preLine] = readBlocks(body);
    expect(p!.text).toBe('الولايات    المتحدة    والمغرب');
    expect(p!.starts).toEqual([0, 12, 19]);
    expect(pre!.text).toBe('المغرب\n\nالرباط');
    expect(preLine!.text).toBe('حموشي\n\nالرباط');
  });

  it('asks about inline elements only when a class or style could hide them', () => {
    const body = setBody(
      '<p>استقبل <b>عبد اللطيف</b> <span class="x">حموشي</span> <i style="color: red">بالرباط</i></p>',
    );
    const asked: string[] = [];
    readBlocks(body, {
      isVisible: (el) => {
        asked.push(el.tagName);
        return true;
      },
    });
    expect(asked).toEqual(['P', 'SPAN', 'I']);
  });

  it('reports open shadow roots it passes and reads them as their own roots', () => {
    const body = setBody('<p>المغرب</p><div id="widget"></div>');
    const shadow = body.querySelector('#widget')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>الأكثر قراءة</p>الرباط';
    const onShadowRoot = vi.fn();
    expect(texts(readBlocks(body, { onShadowRoot }))).toEqual(['المغرب']);
    expect(onShadowRoot).toHaveBeenCalledWith(shadow);
    const inside = readBlocks(shadow);
    expect(inside.map((b) => [b.text, b.element.tagName])).toEqual([
      ['الأكثر قراءة', 'P'],
      ['الرباط', 'DIV'],
    ]);
  });

  it('resumes after a deadline and yields the same blocks as one full step', () => {
    const sentences = Object.values(SEED);
    const html = Array.from(
      { length: 200 },
      (_, i) => `<p>${sentences[i % sentences.length]} <a href="/a/${i}">المزيد</a> <b>${i}</b></p>`,
    ).join('');
    const whole = readBlocks(setBody(html));

    let id = 1;
    const sliced: Block[] = [];
    const walker = new BlockWalker(document.body, {
      nextId: () => id++,
      isVisible: () => true,
      descend: true,
    });
    let steps = 1;
    while (!walker.step(-1, sliced)) steps++;

    expect(steps).toBeGreaterThan(10);
    expect(sliced.map(({ id, text, element }) => ({ id, text, element }))).toEqual(
      whole.map(({ id, text, element }) => ({ id, text, element })),
    );
  });
});
