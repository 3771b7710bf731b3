import { readSetting } from '../../scripts/lib/extension-settings.ts';
import { expect, test } from './fixtures.ts';
import { allHighlighted, waitForHighlights } from './support/reader.ts';
import { markServiceWorker, readServiceWorkerMark, stopServiceWorker } from './support/service-worker.ts';

test('the popup lists the seed page’s entities, grouped by type, and opens a card inline', async ({
  page,
  site,
  openPanelFor,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  const popup = await openPanelFor('popup', page);
  await expect(popup.getByTestId('entity-count')).toHaveText(/\d+ كيان/, { timeout: 20_000 });
  for (const name of ['عبد اللطيف حموشي', 'كريستوفر راي', 'مكتب التحقيقات الفيدرالي', 'المغرب', 'الرباط']) {
    await expect(popup.locator('.entity-row .entity-name', { hasText: name }).first()).toBeVisible();
  }
  await expect(popup.getByRole('heading', { level: 2, name: /^شخص/ })).toBeVisible();
  await popup.locator('.entity-row', { hasText: 'كريستوفر راي' }).click();
  await expect(popup.locator('.siyaq-card').getByRole('heading', { name: 'كريستوفر راي' })).toBeVisible();
});

test('the popup searches the whole knowledge base with a clitic and in English', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  const search = popup.getByRole('searchbox');
  await search.fill('والمغرب');
  await expect(popup.locator('.search-results .entity-name', { hasText: 'المغرب' }).first()).toBeVisible({
    timeout: 20_000,
  });
  await search.fill('Rabat');
  await expect(popup.locator('.search-results .entity-name', { hasText: 'الرباط' }).first()).toBeVisible();
});

test('the popup’s site switch turns Siyaq off for the site and back on, without a reload', async ({
  page,
  site,
  tabIdOf,
  tabReport,
  helperPage,
  openExtensionPage,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  const tabId = await tabIdOf(page);
  const popup = await openExtensionPage(`popup.html?tabId=${tabId}`);
  const toggle = popup.getByRole('switch');
  await expect(toggle).toBeChecked({ timeout: 20_000 });
  // The switch is controlled by the stored settings: it flips once the write lands.
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect
    .poll(async () => JSON.stringify(await readSetting(await helperPage(), 'siteRules')))
    .toContain('127.0.0.1');
  // The open page lets go at once: no marks, and the report says why.
  await expect.poll(async () => (await allHighlighted(page)).length, { timeout: 15_000 }).toBe(0);
  await expect.poll(async () => (await tabReport(tabId)).status, { timeout: 15_000 }).toBe('disabled');
  await expect(popup.getByRole('status')).toHaveText(
    'سياق متوقف على هذا الموقع: فهو في قائمة المواقع التي أوقفته فيها.',
  );
  await popup.getByRole('switch').click();
  await expect(popup.getByRole('switch')).toBeChecked();
  await waitForHighlights(page, 20);
  await expect.poll(async () => (await tabReport(tabId)).status, { timeout: 15_000 }).toBe('ready');
});

test('a highlight setting saved in the options page reaches an open page', async ({
  page,
  site,
  openExtensionPage,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  const options = await openExtensionPage('options.html#settings');
  await options.getByRole('tab', { name: 'الإعدادات' }).click();
  await options.getByLabel('تمييز الأسماء في الصفحات').uncheck();
  await expect.poll(async () => (await allHighlighted(page)).length, { timeout: 15_000 }).toBe(0);
  await options.getByLabel('تمييز الأسماء في الصفحات').check();
  await waitForHighlights(page, 20);
});

test('the popup still lists the page’s entities after Chrome stops the idle service worker', async ({
  context,
  page,
  site,
  tabIdOf,
  openExtensionPage,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  const tabId = await tabIdOf(page);
  const popupUrl = `popup.html?tabId=${tabId}`;
  const first = await openExtensionPage(popupUrl);
  await expect(first.getByTestId('entity-count')).toHaveText(/\d+ كيان/, { timeout: 20_000 });
  const count = await first.getByTestId('entity-count').textContent();

  // The reports lived only in the worker's memory, which Chrome frees after 30 idle seconds. The mirror
  // writes within a second of the last change; Chrome waits thirty.
  await expect
    .poll(() =>
      first.evaluate(async (key) => {
        const stored = (await chrome.storage.session.get(key))[key] as { status?: string } | undefined;
        return stored?.status;
      }, `tab:${tabId}`),
    )
    .toBe('ready');
  await first.close();
  const mark = await markServiceWorker(context);
  await stopServiceWorker(context, page);
  const popup = await openExtensionPage(popupUrl);
  await expect(popup.getByTestId('entity-count')).toHaveText(count!, { timeout: 20_000 });
  await expect(popup.locator('.entity-row .entity-name', { hasText: 'عبد اللطيف حموشي' })).toBeVisible();
  expect(await readServiceWorkerMark(context)).not.toBe(mark);
});
