import { expect, test } from './fixtures.ts';
import { allHighlighted, card, hoverMention } from './support/reader.ts';

test('when Siyaq is reloaded or removed, an open page loses its marks and card and keeps working', async ({
  context,
  page,
  site,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await expect.poll(async () => allHighlighted(page), { timeout: 20_000 }).toContain('كريستوفر راي');
  await hoverMention(page, 'كريستوفر');
  await expect(card(page)).toBeVisible();
  // The page's own body, without the card host that Siyaq adds while a card is open.
  const body = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const host of copy.querySelectorAll('[data-siyaq-card]')) host.remove();
    return copy.innerHTML;
  });

  // The extension goes away under the page, as on an update or a removal; the page itself stays loaded.
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  void worker
    .evaluate(() => chrome.runtime.reload())
    .catch(() => {
      // The worker dies while answering.
    });

  await expect.poll(async () => allHighlighted(page), { timeout: 10_000 }).toEqual([]);
  await expect(page.locator('[data-siyaq-card]')).toHaveCount(0);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(body);
  // The page's own script and links still answer.
  expect(await page.evaluate(() => document.querySelectorAll('article p').length)).toBeGreaterThan(3);
});
