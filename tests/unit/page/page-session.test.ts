// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityType } from '../../../lib/knowledge/types.ts';
import type { EntitySummary, MentionDTO } from '../../../lib/messages.ts';
import { Highlighter } from '../../../lib/page/highlighter.ts';
import { PageSession, type ScanPort } from '../../../lib/page/page-session.ts';
import { ViewportMarks } from '../../../lib/page/viewport-marks.ts';
import { SEED, setBody, textNode } from './dom.ts';
import { createFakeViewport } from './fake-viewport.ts';
import { asRegistry, stubHighlightApi } from './highlight-registry.ts';

const NAMES: Array<[string, string, EntityType, string]> = [
  ['عبد اللطيف حموشي', 'hammouchi', 'person', 'Abdellatif Hammouchi'],
  ['مكتب التحقيقات الفيدرالي', 'fbi', 'org', 'FBI'],
  ['الرباط', 'rabat', 'place', 'Rabat'],
  ['المغرب', 'morocco', 'place', 'Morocco'],
  ['الشرقاوي', 'cherkaoui', 'person', 'Cherkaoui'],
];

const PAGE =
  '<article>' +
  `<h1>${SEED.headline}</h1>` +
  '<p id="visit">استقبل المدير العام للأمن الوطني <a href="/p">عبد اللطيف حموشي</a>، بمكتبه بالرباط، مدير مكتب التحقيقات الفيدرالي.</p>' +
  '<p id="ads">Advertisement</p>' +
  '</article>';

/** A background that finds NAMES by indexOf and records what it was asked. */
function createPort() {
  const scans: Array<{ texts: string[]; reset: boolean }> = [];
  const forgotten: number[][] = [];
  const port: ScanPort = {
    async scan(blocks, reset) {
      scans.push({ texts: blocks.map((b) => b.text), reset });
      const mentions: MentionDTO[] = [];
      const entities = new Map<string, EntitySummary>();
      for (const block of blocks) {
        const found: MentionDTO[] = [];
        for (const [name, id, type, name_en] of NAMES) {
          for (let at = block.text.indexOf(name); at >= 0; at = block.text.indexOf(name, at + name.length)) {
            found.push({ block: block.id, start: at, end: at + name.length, entity: id });
            entities.set(id, { id, type, name_ar: name, name_en });
          }
        }
        mentions.push(...found.sort((a, b) => a.start - b.start));
      }
      return { mentions, entities: [...entities.values()] };
    },
    forget(blockIds) {
      forgotten.push(blockIds);
    },
  };
  return { port, scans, forgotten };
}

let session: PageSession | undefined;
let viewport: ReturnType<typeof createFakeViewport> | undefined;

afterEach(() => {
  session?.stop();
  session = undefined;
  vi.unstubAllGlobals();
});

/** A session over a page, started and idle, with every block on screen. */
async function startSession(html = PAGE) {
  setBody(html);
  const registry = stubHighlightApi();
  const highlighter = new Highlighter('underline', asRegistry(registry));
  highlighter.show(true);
  viewport = createFakeViewport();
  const { port, scans, forgotten } = createPort();
  session = new PageSession(document, port, new ViewportMarks(highlighter, viewport.factory));
  await session.start();
  viewport.showAll();
  /** The text of every highlighted range of a type. */
  const painted = (type: EntityType) =>
    [...registry.get(`siyaq-${type}`)!].map((r) => (r as Range).toString());
  return { session, scans, forgotten, painted };
}

/** Lets the mutation observer report, waits for the session to read and scan what changed, and shows it. */
async function settle(s: PageSession): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await s.idle();
  viewport?.showAll();
}

const paragraph = (text: string): HTMLParagraphElement => {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
};

describe('PageSession', () => {
  it('reads the page’s Arabic blocks and starts a new page in the background', async () => {
    const { scans } = await startSession();
    expect(scans).toEqual([
      {
        texts: [
          SEED.headline,
          'استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، بمكتبه بالرباط، مدير مكتب التحقيقات الفيدرالي.',
        ],
        reset: true,
      },
    ]);
  });

  it('highlights each mention by its entity’s type', async () => {
    const { painted } = await startSession();
    expect([painted('person'), painted('org'), painted('place').sort()]).toEqual([
      ['عبد اللطيف حموشي'],
      ['مكتب التحقيقات الفيدرالي'],
      ['الرباط', 'المغرب'].sort(),
    ]);
  });

  it('keeps the entities the background described', async () => {
    const s = (await startSession()).session;
    expect([...s.entities.keys()].sort()).toEqual(['fbi', 'hammouchi', 'morocco', 'rabat']);
  });

  it('scans an appended paragraph alone, continuing the same page', async () => {
    const { session: s, scans } = await startSession();
    document.querySelector('article')!.append(paragraph(SEED.cherkaoui));
    await settle(s);
    expect(scans.slice(1)).toEqual([{ texts: [SEED.cherkaoui], reset: false }]);
  });

  it('scans an edited paragraph again and forgets its old block', async () => {
    const { session: s, scans, forgotten, painted } = await startSession();
    const visitBlock = s.index.blocksOf(document.querySelector('#visit')!);
    textNode(document.body, 'عبد اللطيف حموشي').data = 'الشرقاوي';
    await settle(s);
    expect(forgotten).toEqual([visitBlock]);
    expect(scans.slice(1)).toEqual([
      {
        texts: ['استقبل المدير العام للأمن الوطني الشرقاوي، بمكتبه بالرباط، مدير مكتب التحقيقات الفيدرالي.'],
        reset: false,
      },
    ]);
    expect(painted('person')).toEqual(['الشرقاوي']);
  });

  it('forgets a removed paragraph and takes its highlights away', async () => {
    const { session: s, forgotten, painted } = await startSession();
    const visitBlock = s.index.blocksOf(document.querySelector('#visit')!);
    document.querySelector('#visit')!.remove();
    await settle(s);
    expect(forgotten).toEqual([visitBlock]);
    expect([painted('person'), painted('org'), painted('place')]).toEqual([[], [], ['المغرب']]);
    expect(s.index.mentions().map((m) => m.entity)).toEqual(['morocco']);
  });

  it('starts over on start(): clears the old page and scans the new one as a new page', async () => {
    const { session: s, scans, painted } = await startSession();
    setBody(`<main><h1>${SEED.sahel}</h1><p>${SEED.cherkaoui}</p></main>`);
    await s.start();
    await settle(s);
    expect(scans.slice(1)).toEqual([{ texts: [SEED.sahel, SEED.cherkaoui], reset: true }]);
    expect([painted('person'), painted('org'), painted('place')]).toEqual([['الشرقاوي'], [], ['المغرب']]);
    expect([...s.entities.keys()].sort()).toEqual(['cherkaoui', 'morocco']);
    expect(s.index.mentions().map((m) => m.entity)).toEqual(['morocco', 'cherkaoui']);
  });

  it('keeps one block per ticker item however often the ticker rotates', async () => {
    const ticker = `<article><h1>${SEED.headline}</h1><ul id="ticker"><li>${SEED.cherkaoui}</li><li>${SEED.sahel}</li></ul></article>`;
    const { session: s, painted } = await startSession(ticker);
    const before = { blocks: s.index.size, mentions: s.index.mentions().length };
    const list = document.querySelector('#ticker')!;
    for (let turn = 0; turn < 5; turn++) {
      list.append(list.firstElementChild!);
      await settle(s);
    }
    expect({ blocks: s.index.size, mentions: s.index.mentions().length }).toEqual(before);
    expect(painted('person')).toEqual(['الشرقاوي']);
  });

  it('reads a paragraph added while the first read runs once', async () => {
    setBody(PAGE);
    const registry = stubHighlightApi();
    const highlighter = new Highlighter('underline', asRegistry(registry));
    viewport = createFakeViewport();
    const { port } = createPort();
    session = new PageSession(document, port, new ViewportMarks(highlighter, viewport.factory));
    const reading = session.start();
    document.querySelector('article')!.append(paragraph(SEED.cherkaoui));
    await reading;
    await settle(session);
    const texts = session.index.mentions().map((m) => m.range.toString());
    expect(texts.filter((t) => t === 'الشرقاوي')).toEqual(['الشرقاوي']);
  });

  it.each([
    ['a rich-text editor', '<div contenteditable="true"><p id="edited">مسودة</p></div>'],
    ['text hidden from readers', '<div aria-hidden="true"><p id="edited">مسودة</p></div>'],
    ['a hidden panel', '<div hidden><p id="edited">مسودة</p></div>'],
  ])('leaves edits inside %s alone, as the first read does', async (_, area) => {
    const { session: s, scans } = await startSession(`${PAGE}${area}`);
    const edited = document.querySelector('#edited')!;
    edited.firstChild!.textContent = `مسودة عن ${SEED.cherkaoui}`;
    edited.after(paragraph(SEED.sahel));
    edited.append(document.createElement('b'));
    await settle(s);
    expect(scans).toHaveLength(1);
    expect(s.index.mentions().map((m) => m.entity)).not.toContain('cherkaoui');
  });

  it('reads a paragraph when it is shown ("read more"), and forgets one when it is hidden', async () => {
    const { session: s, painted } = await startSession(`${PAGE}<p id="more" hidden>${SEED.cherkaoui}</p>`);
    expect(painted('person')).toEqual(['عبد اللطيف حموشي']);
    document.querySelector('#more')!.removeAttribute('hidden');
    await settle(s);
    expect(painted('person').sort()).toEqual(['الشرقاوي', 'عبد اللطيف حموشي'].sort());
    document.querySelector('#visit')!.setAttribute('aria-hidden', 'true');
    await settle(s);
    expect(painted('person')).toEqual(['الشرقاوي']);
    expect(s.index.mentions().map((m) => m.entity)).not.toContain('hammouchi');
  });

  it('reads a block a class shows ("read more"), and not before', async () => {
    const style = '<style>.story .rest { display: none } .story.expanded .rest { display: block }</style>';
    const story = `<div class="story">${PAGE}<div class="rest"><p>${SEED.cherkaoui}</p></div></div>`;
    const { session: s, scans, painted } = await startSession(style + story);
    expect(painted('person')).toEqual(['عبد اللطيف حموشي']);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      document.querySelector('.story')!.classList.add('expanded');
      await vi.advanceTimersByTimeAsync(200);
    } finally {
      vi.useRealTimers();
    }
    await settle(s);
    expect(scans.slice(1)).toEqual([{ texts: [SEED.cherkaoui], reset: false }]);
    expect(painted('person').sort()).toEqual(['الشرقاوي', 'عبد اللطيف حموشي'].sort());
  });

  it('leaves out inline text the styles hide, and reads its paragraph again when a class shows it', async () => {
    // (happy-dom restyles only the children of the element whose class changed: the class goes on the <p>.)
    const style = '<style>.wide-only { display: none } .wide .wide-only { display: inline }</style>';
    const story = `${PAGE}<p id="quote">قال <span class="wide-only">الخبير الشرقاوي</span> إن اللقاء مهم.</p>`;
    const { session: s, scans, painted } = await startSession(style + story);
    expect(scans[0]!.texts).toContain('قال  إن اللقاء مهم.');
    expect(painted('person')).toEqual(['عبد اللطيف حموشي']);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      document.querySelector('#quote')!.classList.add('wide');
      await vi.advanceTimersByTimeAsync(200);
    } finally {
      vi.useRealTimers();
    }
    await settle(s);
    expect(scans.slice(1)).toEqual([{ texts: ['قال الخبير الشرقاوي إن اللقاء مهم.'], reset: false }]);
    expect(painted('person').sort()).toEqual(['الشرقاوي', 'عبد اللطيف حموشي'].sort());
    expect(s.index.mentions().filter((m) => m.entity === 'cherkaoui')).toHaveLength(1);
  });

  it('reads nothing again for style changes that show nothing (a carousel restyled every frame)', async () => {
    const page = `<style>.closed { display: none }</style>${PAGE}<nav class="closed"><p>${SEED.cherkaoui}</p></nav><div id="slide"></div>`;
    const { session: s, scans } = await startSession(page);
    const slide = document.querySelector<HTMLElement>('#slide')!;
    for (let frame = 0; frame < 10; frame++) {
      slide.style.transform = `translateX(${frame * 10}px)`;
      slide.className = `slide-${frame}`;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle(s);
    expect(scans).toHaveLength(1);
    expect(s.index.mentions().map((m) => m.entity)).not.toContain('cherkaoui');
  });

  it('ignores the page after stop()', async () => {
    const { session: s, scans, painted } = await startSession();
    s.stop();
    document.querySelector('article')!.append(paragraph(SEED.cherkaoui));
    await settle(s);
    expect([scans.length, painted('place')]).toEqual([1, []]);
  });
});
