import { expect, test } from './fixtures.ts';

test('the background answers the protocol and rejects unknown messages', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const replies = await page.evaluate(async () => {
    const good = await chrome.runtime.sendMessage({ siyaq: 1, type: 'tab/report', data: { tabId: 1 } });
    const unknown = await chrome.runtime.sendMessage({ siyaq: 1, type: 'no/such', data: {} });
    const malformed = await chrome.runtime.sendMessage({
      siyaq: 1,
      type: 'tab/report',
      data: { tabId: 'x' },
    });
    return { good, unknown, malformed };
  });
  expect(replies.good).toMatchObject({ ok: true, value: { tabId: 1, status: 'unavailable' } });
  expect(replies.unknown).toEqual({ ok: false, error: 'unknown message type' });
  expect(replies.malformed).toMatchObject({ ok: false });
});

test('the content script reports an Arabic news page to the background', async ({
  page,
  site,
  tabIdOf,
  tabReport,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  const tabId = await tabIdOf(page);
  await expect.poll(async () => (await tabReport(tabId)).status).toMatch(/loading|ready/);
  expect((await tabReport(tabId)).url).toBe(`${site.origin}/seed-article.html`);
});

for (const [file, heading] of [
  ['popup.html', 'الكيانات في هذه الصفحة'],
  ['sidepanel.html', 'الكيانات في هذه الصفحة'],
  ['options.html', 'سياق — الإعدادات والمعرفة'],
] as const) {
  test(`${file} opens in Arabic, right to left`, async ({ openExtensionPage }) => {
    const page = await openExtensionPage(file);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    // Chromium's own stylesheet for extension pages sets body to 75% in its own font.
    expect(
      await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return [body.fontSize, body.fontFamily === getComputedStyle(document.documentElement).fontFamily];
      }),
    ).toEqual(['15px', true]);
  });
}
