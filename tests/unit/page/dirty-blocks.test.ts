// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DirtyBlocks } from '../../../lib/page/dirty-blocks.ts';
import { SEED, setBody, textNode } from './dom.ts';

const PAGE =
  '<article><h1>المغرب والولايات المتحدة</h1>' +
  `<p id="visit">استقبل <a href="/p">عبد اللطيف حموشي</a> بمكتبه بالرباط</p>` +
  `<p id="fbi">${SEED.fbi}</p></article>` +
  '<div data-siyaq-card><p id="card">الرباط</p></div>';

/** The dirty work for the mutations `change` makes, as a real MutationObserver on the body reports them. */
function dirtyAfter(change: (body: HTMLElement) => void) {
  const body = setBody(PAGE);
  const observer = new MutationObserver(() => {});
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  change(body);
  const records = observer.takeRecords();
  observer.disconnect();
  const dirty = new DirtyBlocks();
  dirty.collect(records);
  const { owners, subtrees, removals } = dirty.take();
  const name = (el: Element | ShadowRoot) =>
    el instanceof ShadowRoot ? 'shadow-root' : el.id ? `#${el.id}` : el.tagName.toLowerCase();
  return { owners: owners.map(name), subtrees: subtrees.map(name), removals };
}

const paragraph = (id: string, text: string): HTMLParagraphElement => {
  const p = document.createElement('p');
  p.id = id;
  p.textContent = text;
  return p;
};

describe('DirtyBlocks', () => {
  it.each<[string, (body: HTMLElement) => void, ReturnType<typeof dirtyAfter>]>([
    [
      'an appended paragraph is read alone, not its container',
      (body) => body.querySelector('article')!.append(paragraph('new', SEED.cherkaoui)),
      { owners: [], subtrees: ['#new'], removals: false },
    ],
    [
      'edited text is read again in its block',
      (body) => {
        textNode(body, 'عبد اللطيف حموشي').data = 'عبد اللطيف حموشي ومدير الأمن';
      },
      { owners: ['#visit'], subtrees: [], removals: false },
    ],
    [
      'an inline element added to a paragraph makes the paragraph its owner',
      (body) => body.querySelector('#fbi')!.append(document.createElement('b'), ' الرباط'),
      { owners: ['#fbi'], subtrees: [], removals: false },
    ],
    [
      'a removed paragraph is noted, and its container’s own text read again',
      (body) => body.querySelector('#fbi')!.remove(),
      { owners: ['article'], subtrees: [], removals: true },
    ],
    [
      'a paragraph added inside a section added in the same batch is covered by the section',
      (body) => {
        const section = document.createElement('section');
        section.id = 'feed';
        body.querySelector('article')!.append(section);
        section.append(paragraph('one', SEED.visit));
        section.append(paragraph('two', SEED.fbi));
        textNode(section, 'استقبل').data = SEED.cherkaoui;
      },
      { owners: [], subtrees: ['#feed'], removals: false },
    ],
    [
      'an inline wrapper around blocks (<a><div>…</div></a>) has its blocks read whole',
      (body) => {
        const link = document.createElement('a');
        const div = document.createElement('div');
        div.id = 'teaser';
        div.textContent = SEED.sahel;
        link.append(div);
        body.querySelector('article')!.append(link);
      },
      { owners: ['article'], subtrees: ['#teaser'], removals: false },
    ],
    [
      'a hidden block added to the page is left alone',
      (body) => {
        const p = paragraph('hidden', SEED.visit);
        p.hidden = true;
        body.querySelector('article')!.append(p);
      },
      { owners: [], subtrees: [], removals: false },
    ],
    [
      'a paragraph added inside Siyaq’s own card is ignored',
      (body) => body.querySelector('[data-siyaq-card]')!.append(paragraph('card-2', SEED.visit)),
      { owners: [], subtrees: [], removals: false },
    ],
    [
      'text edited inside Siyaq’s own card is ignored',
      (body) => {
        textNode(body.querySelector('[data-siyaq-card]')!, 'الرباط').data = 'المغرب';
      },
      { owners: [], subtrees: [], removals: false },
    ],
    [
      'Siyaq’s card moved into the page (a modal dialog) and back is ignored',
      (body) => {
        const card = body.querySelector('[data-siyaq-card]')!;
        body.querySelector('#visit')!.append(card);
        body.append(card);
      },
      { owners: [], subtrees: [], removals: false },
    ],
    [
      'a removal inside Siyaq’s own card is ignored',
      (body) => body.querySelector('#card')!.remove(),
      { owners: [], subtrees: [], removals: false },
    ],
  ])('%s', (_, change, expected) => {
    expect(dirtyAfter(change)).toEqual(expected);
  });

  it('reads replaced contents whole and notes the removal', () => {
    const { subtrees, removals } = dirtyAfter((body) =>
      body.querySelector('article')!.replaceChildren(paragraph('a', SEED.visit), paragraph('b', SEED.sahel)),
    );
    // Whether the container is also listed as an owner depends on how the browser batches the records
    // (one record with both lists, or a removal then an addition): reading its own text again is harmless.
    expect({ subtrees, removals }).toEqual({ subtrees: ['#a', '#b'], removals: true });
  });

  it('starts empty again after take()', () => {
    const body = setBody(PAGE);
    const observer = new MutationObserver(() => {});
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    body.querySelector('#fbi')!.remove();
    const dirty = new DirtyBlocks();
    dirty.collect(observer.takeRecords());
    observer.disconnect();
    dirty.take();
    expect(dirty.take()).toEqual({ owners: [], subtrees: [], hidden: [], removals: false, restyled: false });
  });

  it.each([
    [
      'a class on the page',
      (body: HTMLElement) => body.querySelector('article')!.classList.add('open'),
      true,
    ],
    [
      'a style on the page',
      (body: HTMLElement) => (body.querySelector<HTMLElement>('#fbi')!.style.color = 'red'),
      true,
    ],
    [
      'a class on Siyaq’s own card',
      (body: HTMLElement) => body.querySelector('#card')!.classList.add('x'),
      false,
    ],
  ])('notes %s as a restyle, reading nothing yet', (_, change, restyled) => {
    const body = setBody(PAGE);
    const observer = new MutationObserver(() => {});
    observer.observe(body, { subtree: true, attributeFilter: ['class', 'style'] });
    change(body);
    const dirty = new DirtyBlocks();
    dirty.collect(observer.takeRecords());
    observer.disconnect();
    expect(dirty.take()).toEqual({ owners: [], subtrees: [], hidden: [], removals: false, restyled });
  });

  it('has no work for a restyle alone unless a block waits to be shown', () => {
    const body = setBody(PAGE);
    const observer = new MutationObserver(() => {});
    observer.observe(body, { subtree: true, characterData: true, attributeFilter: ['class'] });
    body.querySelector('article')!.classList.add('open');
    const dirty = new DirtyBlocks();
    dirty.collect(observer.takeRecords());
    const restyleOnly = [dirty.hasWork(false), dirty.hasWork(true)];
    textNode(body, 'الرباط').data = 'المغرب';
    dirty.collect(observer.takeRecords());
    observer.disconnect();
    expect([...restyleOnly, dirty.hasWork(false)]).toEqual([false, true, true]);
  });
});
