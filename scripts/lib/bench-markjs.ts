import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './launch-extension.ts';

/** Every Arabic name and alias of a pack: what mark.js is asked to mark. */
export function markJsNames(packFile: string): string[] {
  const pack = JSON.parse(readFileSync(packFile, 'utf8')) as {
    entities: Array<{ name_ar: string; aliases_ar: string[] }>;
  };
  return [...new Set(pack.entities.flatMap((e) => [e.name_ar, ...e.aliases_ar]))];
}

// mark.js walks the whole page once per name; past this budget the rest is extrapolated linearly.
const BUDGET_MS = 90_000;

/**
 * mark.js (the common in-page highlighter) marking the same names as whole words on the same page, in a
 * plain Chromium. Timed in the page from the first name to the last.
 */
export async function measureMarkJs(
  url: string,
  names: string[],
): Promise<{ ms: number; marks: number; namesRun: number; extrapolated: boolean }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    // tsx compiles with keepNames: functions passed to evaluate() call its __name helper.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(url);
    await page.addScriptTag({ path: 'node_modules/mark.js/dist/mark.min.js' });
    const result = await page.evaluate(
      ({ names, budget }) => {
        const MarkJs = (
          window as unknown as { Mark: new (el: Element) => { mark(k: string, o: object): void } }
        ).Mark;
        const instance = new MarkJs(document.body);
        const options = {
          separateWordSearch: false,
          accuracy: {
            value: 'exactly',
            limiters: ['،', '.', ':', '؛', '؟', '!', '(', ')', '«', '»', '"', ','],
          },
        };
        let marks = 0;
        const t0 = performance.now();
        let run = 0;
        for (const name of names) {
          instance.mark(name, { ...options, each: () => marks++ });
          run++;
          if (performance.now() - t0 > budget) break;
        }
        return { elapsed: performance.now() - t0, run, marks };
      },
      { names, budget: BUDGET_MS },
    );
    const extrapolated = result.run < names.length;
    const ms = extrapolated ? (result.elapsed * names.length) / result.run : result.elapsed;
    return { ms, marks: result.marks, namesRun: result.run, extrapolated };
  } finally {
    await browser.close();
  }
}
