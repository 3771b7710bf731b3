// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForArabic } from '../../../lib/page/arabic-watch.ts';
import { isArabicDocument } from '../../../lib/page/detect-arabic.ts';
import { type LifecycleHost, pageLifecycle } from '../../../lib/page/page-lifecycle.ts';
import { SEED, setBody } from './dom.ts';

interface Config {
  enabled: boolean;
  theme: string;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const story = `<h1>${SEED.headline}</h1><p>${SEED.visit}</p><p>${SEED.fbi}</p>`;
let stop = () => {};
afterEach(() => stop());

/** A host on the test document, with the real detector and watcher; `config` and `report` are the parts tests vary. */
function host(overrides: Partial<LifecycleHost<Config, { dispose(): void }>> = {}) {
  const started: Config[] = [];
  const disposed: Config[] = [];
  const reports: string[] = [];
  const h: LifecycleHost<Config, { dispose(): void }> = {
    config: async () => ({ enabled: true, theme: 'auto' }),
    report: async (status) => void reports.push(status),
    isArabic: () => isArabicDocument(document),
    watchForArabic: (onArabic) => watchForArabic(document, onArabic, { sampleMs: 20 }),
    start: (config) => {
      started.push(config);
      return { dispose: () => void disposed.push(config) };
    },
    isInvalid: () => false,
    url: () => 'https://news.example/story',
    ...overrides,
  };
  return { h, started, disposed, reports };
}

/** An app shell: no lang, a loading line the app replaces later. */
function shell() {
  document.documentElement.removeAttribute('lang');
  return setBody('<div id="root"><p>Loading…</p></div>').querySelector('#root')!;
}

describe('pageLifecycle', () => {
  it('starts the app at once on an Arabic page', async () => {
    shell().innerHTML = story;
    const { h, started, reports } = host();
    const life = pageLifecycle(h);
    stop = life.dispose;
    await life.settled;
    expect(started).toHaveLength(1);
    expect(life.app).not.toBeNull();
    expect(reports).toEqual([]);
  });

  it('reports a disabled site and starts nothing', async () => {
    shell().innerHTML = story;
    const { h, started, reports } = host({ config: async () => ({ enabled: false, theme: 'auto' }) });
    const life = pageLifecycle(h);
    await life.settled;
    expect(started).toEqual([]);
    expect(reports).toEqual(['disabled']);
  });

  it('starts the app when an app shell renders its story later', async () => {
    const root = shell();
    const { h, started, reports } = host();
    const life = pageLifecycle(h);
    stop = life.dispose;
    await life.settled;
    expect(reports).toEqual(['not-arabic']);
    root.innerHTML = story;
    await vi.waitFor(() => expect(started).toHaveLength(1));
  });

  it('does not miss a story rendered while the not-Arabic report is on its way', async () => {
    const root = shell();
    const { h, started } = host({
      // The service worker is slow to answer; the app renders meanwhile.
      report: async () => {
        root.innerHTML = story;
        await settle(30);
      },
    });
    const life = pageLifecycle(h);
    stop = life.dispose;
    await life.settled;
    await vi.waitFor(() => expect(started).toHaveLength(1));
  });

  it('applies quick settings changes in order and ends with the latest config', async () => {
    shell().innerHTML = story;
    const themes = ['auto', 'dark', 'light'];
    let asked = 0;
    const { h, started, disposed } = host({
      // Earlier answers are slower: a reorder would leave an older config running.
      config: async () => {
        const theme = themes[Math.min(asked++, themes.length - 1)] ?? 'auto';
        await settle(30 - asked * 10);
        return { enabled: true, theme };
      },
    });
    const life = pageLifecycle(h);
    life.settingsChanged();
    life.settingsChanged();
    await life.settled;
    expect(started.map((c) => c.theme)).toEqual(['auto', 'dark', 'light']);
    expect(disposed.map((c) => c.theme)).toEqual(['auto', 'dark']);
  });

  it('leaves the running app alone when the settings did not change', async () => {
    shell().innerHTML = story;
    const { h, started } = host();
    const life = pageLifecycle(h);
    life.settingsChanged();
    await life.settled;
    expect(started).toHaveLength(1);
  });

  it('starts nothing once the content script is invalidated, and stops watching on dispose', async () => {
    const root = shell();
    let invalid = false;
    const { h, started } = host({ isInvalid: () => invalid });
    const life = pageLifecycle(h);
    await life.settled;
    life.dispose();
    invalid = true;
    root.innerHTML = story;
    await settle(60);
    life.settingsChanged();
    await life.settled;
    expect(started).toEqual([]);
  });
});
