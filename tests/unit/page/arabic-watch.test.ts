// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForArabic } from '../../../lib/page/arabic-watch.ts';
import { SEED, setBody } from './dom.ts';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let stop = () => {};
afterEach(() => stop());

/** An app shell: no lang, an empty root the app fills later. */
function shell() {
  document.documentElement.removeAttribute('lang');
  setBody('<div id="root"><p>Loading…</p></div>');
  return document.querySelector('#root')!;
}

describe('watchForArabic', () => {
  it('calls back once when the app renders an Arabic story', async () => {
    const root = shell();
    const onArabic = vi.fn();
    stop = watchForArabic(document, onArabic, { sampleMs: 20 });
    root.innerHTML = `<h1>${SEED.headline}</h1><p>${SEED.visit}</p><p>${SEED.fbi}</p>`;
    await settle(60);
    root.append(document.createElement('p'));
    await settle(60);
    expect(onArabic).toHaveBeenCalledTimes(1);
  });

  it('sees the story on a page whose clock never stops ticking', async () => {
    const root = shell();
    const clock = document.createElement('time');
    root.before(clock);
    const onArabic = vi.fn();
    stop = watchForArabic(document, onArabic, { sampleMs: 40 });
    const ticking = setInterval(() => {
      clock.textContent = String(Date.now());
    }, 10);
    root.innerHTML = `<h1>${SEED.headline}</h1><p>${SEED.visit}</p><p>${SEED.fbi}</p>`;
    await settle(150);
    clearInterval(ticking);
    clock.remove();
    expect(onArabic).toHaveBeenCalledTimes(1);
  });

  it('stays quiet while the page changes in English only', async () => {
    const root = shell();
    const onArabic = vi.fn();
    stop = watchForArabic(document, onArabic, { sampleMs: 20 });
    root.innerHTML = '<h1>Markets today</h1><p>Stocks rose in early trading, led by energy shares.</p>';
    await settle(60);
    expect(onArabic).not.toHaveBeenCalled();
  });

  it('gives up after its time: a page that turns Arabic later is left as it was', async () => {
    const root = shell();
    const onArabic = vi.fn();
    stop = watchForArabic(document, onArabic, { sampleMs: 20, giveUpMs: 30 });
    await settle(50);
    root.innerHTML = `<p>${SEED.visit}</p>`;
    await settle(60);
    expect(onArabic).not.toHaveBeenCalled();
  });
});
