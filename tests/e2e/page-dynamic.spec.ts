import { expect, test } from './fixtures.ts';
import { allHighlighted, card, hoverMention, waitForHighlights } from './support/reader.ts';

test('paragraphs appended every 100 ms are read as they arrive', async ({ page, site }) => {
  await page.goto(`${site.origin}/infinite-scroll.html`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { feedCount?: number }).feedCount ?? 0))
    .toBe(60);
  await expect.poll(async () => allHighlighted(page)).toContain('المديرية العامة للأمن الوطني');
  // Only what is on or near the screen is painted: go to where the new paragraphs are.
  await page.evaluate(() => document.querySelector('.feed-item:last-child')?.scrollIntoView());
  const inLastParagraphs = () =>
    page.evaluate(() => {
      const last = [...document.querySelectorAll('.feed-item')].slice(-20);
      let count = 0;
      for (const h of CSS.highlights.values()) {
        for (const r of h) if (last.some((p) => p.contains((r as Range).startContainer))) count++;
      }
      return count;
    });
  await expect.poll(inLastParagraphs).toBeGreaterThan(0);
});

test('removed paragraphs take their marks with them', async ({ page, site }) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  const before = (await allHighlighted(page)).length;
  await page.evaluate(() => document.querySelector('article p:nth-of-type(4)')?.remove());
  await expect.poll(async () => (await allHighlighted(page)).length).toBeLessThan(before);
  const stale = await page.evaluate(() =>
    [...CSS.highlights.values()].some((h) => [...h].some((r) => !(r as Range).startContainer.isConnected)),
  );
  expect(stale).toBe(false);
});

test('an edited paragraph is read again', async ({ page, site }) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  await page.evaluate(() => {
    const p = document.querySelector('article p.byline');
    if (p) p.textContent = 'تقرير من القاهرة عن جامعة الدول العربية';
  });
  await expect.poll(async () => allHighlighted(page)).toContain('جامعة الدول العربية');
});

test('single-page navigation with pushState reads the new story', async ({ page, site }) => {
  await page.goto(`${site.origin}/spa.html`);
  await expect.poll(async () => allHighlighted(page)).toContain('عبد اللطيف حموشي');
  await page.click('#next-story');
  await expect.poll(async () => allHighlighted(page), { timeout: 15_000 }).toContain('جامعة الدول العربية');
  expect(await allHighlighted(page)).not.toContain('عبد اللطيف حموشي');
});

test('a long news page is marked to its end, where the reader scrolls', async ({ page, site }) => {
  await page.goto(`${site.origin}/long-article.html`);
  await waitForHighlights(page, 20);
  await page.evaluate(() => document.querySelector('.comments')?.scrollIntoView());
  await expect
    .poll(() =>
      page.evaluate(() => {
        const comments = document.querySelector('.comments');
        return [...CSS.highlights.values()].some((h) =>
          [...h].some((r) => comments?.contains((r as Range).startContainer)),
        );
      }),
    )
    .toBe(true);
});

test('the keyboard command walks the mentions; Escape closes and Enter reopens', async ({
  page,
  site,
  nextMention,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  const next = () => nextMention(page);
  await next();
  await page.bringToFront();
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('المغرب');
  await next();
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('الولايات المتحدة');
  expect(
    await page.evaluate(() => [...CSS.highlights.get('siyaq-focus')!].map((r) => (r as Range).toString())),
  ).toEqual(['الولايات المتحدة']);
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
});

test('the side panel can reveal a mention: the page scrolls to it and flashes it', async ({
  page,
  site,
  tabIdOf,
  tabReport,
  openExtensionPage,
}) => {
  await page.goto(`${site.origin}/long-article.html`);
  await waitForHighlights(page, 20);
  const target = await page.evaluate(() => {
    const h = CSS.highlights.get('siyaq-place')!;
    return [...h].map((r) => (r as Range).toString()).at(-1)!;
  });
  expect(target).toBeTruthy();
  const tabId = await tabIdOf(page);
  const helper = await openExtensionPage('options.html');
  const report = await tabReport(tabId);
  const entity = report.entities.find((e) => e.type === 'place')!;
  const ok = await helper.evaluate(
    async ([id, e]) =>
      (
        await chrome.runtime.sendMessage({
          siyaq: 1,
          type: 'tab/reveal',
          data: { tabId: id, entity: e, index: 0 },
        })
      ).value,
    [tabId, entity.id] as const,
  );
  expect(ok).toBe(true);
  const flashed = await page.evaluate(() => {
    const r = [...CSS.highlights.get('siyaq-flash')!][0] as Range;
    const b = r.getBoundingClientRect();
    return b.top >= 0 && b.bottom <= innerHeight;
  });
  expect(flashed).toBe(true);
});

test('a jump to an anchor on the page is not a new page: the open card and the marks stay', async ({
  page,
  site,
}) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  const marked = (await allHighlighted(page)).length;
  await hoverMention(page, 'كريستوفر');
  await expect(card(page)).toBeVisible();
  await page.evaluate(() => {
    location.hash = '#comments';
  });
  // WXT polls the URL once a second: give it two polls to (wrongly) restart the page.
  await page.waitForTimeout(2_500);
  await expect(card(page)).toBeVisible();
  expect((await allHighlighted(page)).length).toBe(marked);
});

test('text a class shows ("read more", a tab) is read when it shows, not before', async ({ page, site }) => {
  await page.goto(`${site.origin}/read-more.html`);
  await expect.poll(async () => allHighlighted(page)).toContain('القاهرة');
  expect(await allHighlighted(page)).not.toContain('نجيب محفوظ');
  expect(await allHighlighted(page)).not.toContain('حلف شمال الأطلسي');
  // A clause hidden inside a visible paragraph is not read either.
  expect(await allHighlighted(page)).not.toContain('طه حسين');

  await page.getByRole('button', { name: 'اقرأ المزيد' }).click();
  await expect
    .poll(async () => allHighlighted(page))
    .toEqual(expect.arrayContaining(['نجيب محفوظ', 'منظمة الصحة العالمية', 'طه حسين']));
  await hoverMention(page, 'نجيب محفوظ');
  await expect(card(page)).toContainText('نجيب محفوظ');

  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'الأحدث' }).click();
  await expect.poll(async () => allHighlighted(page)).toContain('حلف شمال الأطلسي');
});
