// `npm run demo`: Chromium with the built extension on the bundled Arabic demo page. With a display it
// opens a window and waits for you to close it; without one it saves screenshots to demo-output/ and
// prints the entities Siyaq found.
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { CHROMIUM, launchWithExtension } from './lib/launch-extension.ts';
import { startStaticServer } from './lib/static-server.ts';

const OUT = 'demo-output';
const headed =
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');

async function main(): Promise<void> {
  const site = await startStaticServer('tests/e2e/pages');
  const session = await launchWithExtension({ headless: !headed }).catch((error: unknown) => {
    console.error(
      `Could not start Chromium at ${CHROMIUM}: install it (Debian: apt-get install -y chromium).`,
    );
    throw error;
  });
  const { context, extensionId } = session;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${site.origin}/seed-article.html`);
  await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) >= 20, null, {
    timeout: 30_000,
  });

  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/options.html`);
  const report = await helper.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ index: 0, currentWindow: true });
    return (await chrome.runtime.sendMessage({ siyaq: 1, type: 'tab/report', data: { tabId: tab?.id } }))
      .value;
  });
  console.log(`Siyaq found ${report.entities.length} entities on the demo page:`);
  for (const e of report.entities)
    console.log(`  ${e.type.padEnd(7)} ${e.name_en} — ${e.name_ar} (${e.count}×)`);

  if (headed) {
    await helper.close();
    await page.bringToFront();
    console.log('\nHover an underlined name to see its card. Close the browser window to end the demo.');
    await new Promise((resolve) => context.on('close', resolve));
  } else {
    await saveScreenshots(page, report.tabId, extensionId);
    await session.close();
    const { savePanelScreenshots } = await import('./panel-screenshots.ts');
    const panels = await savePanelScreenshots(OUT);
    console.log(`Saved ${panels.length} panel screenshots to ${OUT}/`);
  }
  await site.close();
}

async function saveScreenshots(page: Page, tabId: number, extensionId: string): Promise<void> {
  await mkdir(OUT, { recursive: true });
  await page.bringToFront();
  await page.screenshot({ path: `${OUT}/page.png` });
  const target = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('siyaq-person') ?? [])][1] as Range | undefined;
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  });
  if (target) {
    await page.mouse.move(target.x, target.y, { steps: 3 });
    await page.locator('[data-siyaq-card] [role="dialog"]').waitFor({ timeout: 5_000 });
    await page.screenshot({ path: `${OUT}/hover-card.png` });
  }
  const panel = await page.context().newPage();
  await panel.setViewportSize({ width: 420, height: 860 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.waitForTimeout(800);
  await panel.screenshot({ path: `${OUT}/side-panel.png` });
  console.log(`\nSaved ${OUT}/page.png, ${OUT}/hover-card.png and ${OUT}/side-panel.png`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
