import { expect, test } from './fixtures.ts';

test('the side panel follows a switch to another tab', async ({ context, page, site, openPanelFor }) => {
  await page.goto(`${site.origin}/seed-article.html`);
  const second = await context.newPage();
  await second.goto(`${site.origin}/panels-second.html`);
  const panel = await openPanelFor('sidepanel', page);
  const rows = panel.locator('.entity-row .entity-name');
  await expect(rows.filter({ hasText: 'عبد اللطيف حموشي' })).toBeVisible({ timeout: 20_000 });

  await second.bringToFront();
  await expect(rows.filter({ hasText: 'القاهرة' })).toBeVisible({ timeout: 20_000 });
  await expect(rows.filter({ hasText: 'عبد اللطيف حموشي' })).toHaveCount(0);
  await expect(panel.locator('.page-url')).toHaveText(`${site.origin}/panels-second.html`);

  await page.bringToFront();
  await expect(rows.filter({ hasText: 'عبد اللطيف حموشي' })).toBeVisible({ timeout: 20_000 });
});

test('selecting an entity shows its card and flashes its mention on the page', async ({
  page,
  site,
  openPanelFor,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  const panel = await openPanelFor('sidepanel', page);
  await panel.locator('.entity-row', { hasText: 'كريستوفر راي' }).click({ timeout: 20_000 });
  await expect(panel.locator('.siyaq-card').getByRole('heading', { name: 'كريستوفر راي' })).toBeVisible();
  // The content script marks the revealed mention with the 'siyaq-flash' highlight.
  const flashed = () =>
    page.evaluate(() => [...(CSS.highlights.get('siyaq-flash') ?? [])].map((r) => (r as Range).toString()));
  await expect.poll(flashed, { timeout: 5_000 }).toContainEqual(expect.stringContaining('كريستوفر'));
});

test('the side panel shows the states of an English page and a search from #query=', async ({
  page,
  site,
  openPanelFor,
}) => {
  await page.goto(`${site.origin}/english.html`);
  const panel = await openPanelFor('sidepanel', page);
  await expect(panel.getByRole('status')).toHaveText('هذه الصفحة ليست عربية.', { timeout: 20_000 });
  await panel.goto(`${panel.url().split('#')[0]}#query=${encodeURIComponent('بالرباط')}`);
  await expect(panel.getByRole('searchbox')).toHaveValue('بالرباط');
  await expect(panel.locator('.search-results .entity-name', { hasText: 'الرباط' }).first()).toBeVisible();
});

test('the side panel drops the list when its tab goes to a page Siyaq cannot read', async ({
  page,
  site,
  openPanelFor,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  const panel = await openPanelFor('sidepanel', page);
  const rows = panel.locator('.entity-row .entity-name');
  await expect(rows.filter({ hasText: 'عبد اللطيف حموشي' })).toBeVisible({ timeout: 20_000 });
  // A page without a content script (a browser page, a PDF viewer, the web store) never reports.
  await page.goto('about:blank');
  await expect(panel.getByRole('status')).toContainText('لم يقرأ سياق هذه الصفحة', { timeout: 15_000 });
  await expect(rows).toHaveCount(0);
});

test('Enter on an entity focuses its card; Back returns to its row where the list was scrolled', async ({
  page,
  site,
  openPanelFor,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  const panel = await openPanelFor('sidepanel', page);
  await panel.setViewportSize({ width: 360, height: 400 });
  const rows = panel.locator('.page-entities .entity-row');
  await expect(rows.nth(8)).toBeVisible({ timeout: 20_000 });
  const last = rows.last();
  await last.focus();
  const scrolled = await panel.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
  expect(scrolled).toBeGreaterThan(100);
  const name = (await last.locator('.entity-name').textContent()) ?? '';

  await panel.keyboard.press('Enter');
  const heading = panel.locator('.detail .siyaq-card-name');
  await expect(heading).toHaveText(name);
  await expect(heading).toBeFocused();

  await panel.getByRole('button', { name: 'رجوع إلى القائمة' }).press('Enter');
  await expect(last).toBeFocused();
  expect(await panel.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(scrolled);
});
