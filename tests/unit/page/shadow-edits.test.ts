// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../lib/page/highlighter.ts';
import { PageSession } from '../../../lib/page/page-session.ts';
import { ViewportMarks } from '../../../lib/page/viewport-marks.ts';
import { setBody } from './dom.ts';
import { createFakeViewport } from './fake-viewport.ts';
import { asRegistry, stubHighlightApi } from './highlight-registry.ts';

afterEach(() => vi.unstubAllGlobals());

it('scans text edited in a shadow root again and forgets its old block', async () => {
  setBody('<p>المغرب</p><div id="widget"></div>');
  const shadow = document.querySelector('#widget')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<span>مكتبه بالرباط</span>';
  const forgotten: number[][] = [];
  const scanned: string[] = [];
  const viewport = createFakeViewport();
  const session = new PageSession(
    document,
    {
      async scan(blocks) {
        scanned.push(...blocks.map((b) => b.text));
        return { mentions: [], entities: [] };
      },
      forget: (ids) => forgotten.push(ids),
    },
    new ViewportMarks(new Highlighter('underline', asRegistry(stubHighlightApi())), viewport.factory),
  );
  await session.start();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await session.idle();
  (shadow.querySelector('span')!.firstChild as Text).data = 'مكتبه بالرباط اليوم';
  await new Promise((resolve) => setTimeout(resolve, 0));
  await session.idle();
  session.stop();
  expect(scanned).toEqual(['المغرب', 'مكتبه بالرباط', 'مكتبه بالرباط اليوم']);
  expect(forgotten).toEqual([[2]]);
  expect(session.index.size).toBe(2);
});
