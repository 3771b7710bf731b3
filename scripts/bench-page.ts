// `npm run bench:page`: Siyaq in Chromium on a 1 MB Arabic news page against mark.js marking the same
// names, side by side in one run. Reports ratios: the machine is shared and noisy.

import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { measureHover } from './lib/bench-hover.ts';
import { measurePackImport } from './lib/bench-import.ts';
import { markJsNames, measureMarkJs } from './lib/bench-markjs.ts';
import { EXTENSION_DIR, launchWithExtension } from './lib/launch-extension.ts';
import { startStaticServer } from './lib/static-server.ts';

const PAGE = '.cache/bench-page.html';

async function siyaqRun(
  page: Page,
  url: string,
): Promise<{ ms: number; highlights: number; longestTask: number }> {
  await page.addInitScript(() => {
    const tasks: Array<[number, number]> = [];
    (window as unknown as { longTasks: Array<[number, number]> }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('siyaq:ready').length > 0, null, {
    timeout: 120_000,
  });
  return page.evaluate(() => {
    const [injected] = performance.getEntriesByName('siyaq:injected');
    const [ready] = performance.getEntriesByName('siyaq:ready');
    const highlights = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
    // Long tasks while Siyaq works (from injection to ready); the page's own load is not Siyaq's.
    const during = (window as unknown as { longTasks: Array<[number, number]> }).longTasks.filter(
      ([start]) => start >= injected!.startTime && start <= ready!.startTime,
    );
    const longest = Math.max(0, ...during.map(([, duration]) => duration));
    return { ms: ready!.startTime - injected!.startTime, highlights, longestTask: longest };
  });
}

async function main(): Promise<void> {
  if (!existsSync(PAGE))
    execFileSync('npx', ['tsx', 'scripts/build-fixture-pages.ts', '--bench'], { stdio: 'inherit' });
  const bytes = statSync(PAGE).size;
  const site = await startStaticServer('.');
  const session = await launchWithExtension();
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  // Warm up: the first page of a fresh profile also installs the default pack and compiles the matcher.
  await siyaqRun(page, `${site.origin}/tests/e2e/pages/seed-article.html`);
  const runs = [];
  for (let i = 0; i < 3; i++)
    runs.push(await siyaqRun(await session.context.newPage(), `${site.origin}/${PAGE}`));
  const siyaq = runs.sort((a, b) => a.ms - b.ms)[1]!;
  console.error('siyaq:', siyaq);
  const hover = await measureHover(session, `${site.origin}/tests/e2e/pages/long-article.html`);
  console.error('hover:', hover);
  const packImport = await measurePackImport(session, 100_000);
  console.error('import:', packImport);
  await session.close();

  const names = markJsNames('public/packs/default.json');
  const markjs = await measureMarkJs(`${site.origin}/${PAGE}`, names);
  await site.close();

  const contentKb = statSync(`${EXTENSION_DIR}/content-scripts/content.js`).size / 1024;
  const rows: Array<[string, string, string]> = [
    ['page', `${(bytes / 1e6).toFixed(2)} MB of HTML, ${names.length} names`, ''],
    [
      'Siyaq: injection → all highlights',
      `${siyaq.ms.toFixed(0)} ms (${siyaq.highlights} ranges painted near the viewport)`,
      'median of 3',
    ],
    [
      'mark.js: same names, same page',
      `${markjs.ms.toFixed(0)} ms${markjs.extrapolated ? ` (extrapolated from ${markjs.namesRun} names)` : ''} (${markjs.marks} marks)`,
      '',
    ],
    ['ratio mark.js / Siyaq', `${(markjs.ms / siyaq.ms).toFixed(0)}×`, 'target ≥ 20×'],
    [
      'longest task during Siyaq work',
      `${siyaq.longestTask.toFixed(0)} ms`,
      'target < 50 ms (0 = no long task)',
    ],
    [
      'hover → card (delay 0)',
      `median ${hover.median.toFixed(1)} ms, p95 ${hover.p95.toFixed(1)} ms`,
      'target ≤ 50 ms',
    ],
    ['content script', `${contentKb.toFixed(1)} KB minified`, 'target ≤ 60 KB'],
    [
      'import 100,000-entity pack (Dexie, Chromium)',
      `${(packImport.ms / 1000).toFixed(1)} s`,
      `${packImport.progressCalls} progress callbacks`,
    ],
  ];
  console.log('\n| measure | result | note |\n|---|---|---|');
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
