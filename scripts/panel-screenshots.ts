import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from './lib/launch-extension.ts';
import { startStaticServer } from './lib/static-server.ts';

/**
 * Screenshots of the popup, the side panel and the options page, in Arabic and English, light and dark,
 * with the seed article open in a tab. The lead's demo calls savePanelScreenshots(); run alone with
 * `npx tsx scripts/panel-screenshots.ts [outDir]` after `wxt build`.
 */

type Lang = 'ar' | 'en';
const SIZES = {
  popup: { width: 400, height: 640 },
  sidepanel: { width: 420, height: 860 },
  options: { width: 1200, height: 900 },
} as const;

export async function savePanelScreenshots(outDir = 'demo-output'): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const site = await startStaticServer('tests/e2e/pages');
  const session = await launchWithExtension();
  const saved: string[] = [];
  try {
    const { context, extensionId } = session;
    const article = context.pages()[0] ?? (await context.newPage());
    await article.goto(`${site.origin}/seed-article.html`);
    const base = `chrome-extension://${extensionId}`;
    const helper = await context.newPage();
    await helper.goto(`${base}/options.html`);
    // Without the tabs permission, tab URLs are hidden: the article is the window's first tab.
    const tabId = await helper.evaluate(async () => {
      const tabs = await chrome.tabs.query({ currentWindow: true });
      return tabs.find((tab) => tab.index === 0)?.id ?? -1;
    });
    // The page's entities must be reported before the popup and side panel are worth a picture.
    await helper
      .waitForFunction(
        async (id) => {
          const reply = await chrome.runtime.sendMessage({
            siyaq: 1,
            type: 'tab/report',
            data: { tabId: id },
          });
          return reply?.value?.entities?.length > 0;
        },
        tabId,
        { timeout: 15_000, polling: 250 },
      )
      .catch(() =>
        console.warn('panel-screenshots: no entities reported for the seed page; shooting anyway'),
      );
    const views = [
      ['popup', `${base}/popup.html?tabId=${tabId}`, (p: Page) => openCardAt(p, 0)],
      ['sidepanel', `${base}/sidepanel.html?tabId=${tabId}`, (p: Page) => openCardAt(p, 2)],
      ['options', `${base}/options.html`, undefined],
    ] as const;
    for (const lang of ['ar', 'en'] as const) {
      await setUiLang(helper, lang);
      for (const scheme of ['light', 'dark'] as const) {
        const suffix = `${lang}${scheme === 'dark' ? '-dark' : ''}`;
        for (const [view, url, prepare] of views) {
          saved.push(await shoot(context, url, view, scheme, join(outDir, `${view}-${suffix}.png`), prepare));
        }
      }
      saved.push(
        await shoot(
          context,
          `${base}/options.html#section=settings`,
          'options',
          'light',
          join(outDir, `options-settings-${lang}.png`),
          showSettings,
        ),
      );
    }
    await setUiLang(helper, 'auto');
  } finally {
    await session.close();
    await site.close();
  }
  return saved;
}

async function setUiLang(page: Page, lang: Lang | 'auto'): Promise<void> {
  await page.evaluate((value) => chrome.storage.local.set({ uiLang: value }), lang);
}

async function shoot(
  context: BrowserContext,
  url: string,
  kind: keyof typeof SIZES,
  scheme: 'light' | 'dark',
  file: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<string> {
  const page = await context.newPage();
  await page.setViewportSize(SIZES[kind]);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await page.locator('h1').waitFor();
  await page.waitForTimeout(400);
  await prepare?.(page);
  await page.screenshot({ path: file, fullPage: kind !== 'options' });
  await page.close();
  return file;
}

/** Clicks the entity row at `index` (when the list has one) and waits briefly for its card. */
async function openCardAt(page: Page, index: number): Promise<void> {
  const row = page.locator('.entity-row').nth(index);
  if (await row.count()) {
    await row.click();
    await page
      .locator('.siyaq-card')
      .waitFor({ timeout: 3_000 })
      .catch(() => undefined);
  }
}

async function showSettings(page: Page): Promise<void> {
  await page.getByRole('tab').nth(2).click();
  await page.locator('.settings-form').waitFor();
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const files = await savePanelScreenshots(process.argv[2]);
  console.log(files.join('\n'));
}
