import type { BrowserContext, Page } from '@playwright/test';
import { putRow, putSetting } from '../../scripts/lib/extension-settings.ts';
import { expect, test } from './fixtures.ts';
import { card, hoverMention, waitForHighlights } from './support/reader.ts';

// A headless Chromium cannot answer the permission prompt, so these tests cover what needs no grant:
// a cached summary on the hover card, and no request to Wikipedia without the permission. Every
// Wikipedia request is routed here (the service worker's too), so nothing could reach the network.
async function routeWikipedia(context: BrowserContext): Promise<string[]> {
  const requests: string[] = [];
  await context.route('https://*.wikipedia.org/**', async (route) => {
    requests.push(route.request().url());
    await route.fulfill({ status: 404, contentType: 'application/json', body: '{}' });
  });
  return requests;
}

const HOSTILE = '<img src=x onerror=alert(1)>';
const EXTRACT = `كريستوفر آشر راي محامٍ أمريكي شغل منصب مدير مكتب التحقيقات الفيدرالي. ${HOSTILE}`;
const ARTICLE =
  'https://ar.wikipedia.org/wiki/%D9%83%D8%B1%D9%8A%D8%B3%D8%AA%D9%88%D9%81%D8%B1_%D8%B1%D8%A7%D9%8A';

async function cacheSummary(helper: Page) {
  const now = Date.now();
  await putRow(helper, 'cards', {
    entityId: 'christopher-wray',
    lang: 'ar',
    fetchedAt: now,
    expiresAt: now + 60 * 60 * 1000,
    payload: { title: 'كريستوفر راي', summary: { text: EXTRACT, url: ARTICLE } },
  });
}

test('with enrichment on, the hover card shows the cached summary as text, attributed, without a request', async ({
  context,
  page,
  site,
  helperPage,
}) => {
  const requests = await routeWikipedia(context);
  await putSetting(await helperPage(), 'enrichment', true);
  await cacheSummary(await helperPage());
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  await hoverMention(page, 'كريستوفر');
  const dialog = card(page);
  const summary = dialog.locator('.siyaq-card-summary p');
  await expect(summary).toHaveText(EXTRACT);
  await expect(summary).toHaveAttribute('lang', 'ar');
  await expect(summary).toHaveAttribute('dir', 'rtl');
  expect(await dialog.locator('img').count()).toBe(0);
  await expect(dialog.getByRole('link', { name: /من ويكيبيديا/ })).toHaveAttribute('href', ARTICLE);
  expect(requests).toEqual([]);
});

test('with enrichment off, the hover card leaves a cached summary out', async ({
  page,
  site,
  helperPage,
}) => {
  await cacheSummary(await helperPage());
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  await hoverMention(page, 'كريستوفر');
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('كريستوفر راي');
  await expect(card(page).locator('.siyaq-card-summary')).toHaveCount(0);
});

test('with enrichment on but Wikipedia access not granted, hovering sends nothing', async ({
  context,
  page,
  site,
  helperPage,
}) => {
  const requests = await routeWikipedia(context);
  await putSetting(await helperPage(), 'enrichment', true);
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  await hoverMention(page, 'كريستوفر');
  await expect(card(page)).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(requests).toEqual([]);
});
