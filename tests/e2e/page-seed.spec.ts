import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { allHighlighted, card, highlightedTexts, hoverMention, waitForHighlights } from './support/reader.ts';

interface Expected {
  mentions: Array<{ text: string; type: string; level: 'must' | 'should'; entity: string }>;
}
const expected = JSON.parse(readFileSync('tests/fixtures/seed-article.expected.json', 'utf8')) as Expected;

test.beforeEach(async ({ page }) => {
  // Taken before the content script runs (it starts at document_idle), to prove annotation adds nothing.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { bodyBefore: string }).bodyBefore = document.body.innerHTML;
    });
  });
});

test('every must mention of the seed article is highlighted with its type', async ({ page, site }) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  const texts = await highlightedTexts(page);
  for (const m of expected.mentions.filter((x) => x.level === 'must')) {
    const ofType = texts[`siyaq-${m.type}`] ?? [];
    expect(
      ofType.some((t) => t.includes(m.text) || m.text.includes(t)),
      `${m.text} (${m.entity})`,
    ).toBe(true);
  }
});

test('annotating and hovering leave the page body exactly as it was', async ({ page, site }) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  await hoverMention(page, 'كريستوفر');
  await expect(card(page)).toBeVisible();
  const [before, after] = await page.evaluate(() => [
    (window as unknown as { bodyBefore: string }).bodyBefore,
    document.body.innerHTML,
  ]);
  expect(after).toBe(before);
});

test('hovering a name opens its card beside it, in Arabic, without covering it', async ({ page, site }) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  const point = await hoverMention(page, 'كريستوفر');
  const dialog = card(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('كريستوفر راي');
  await expect(dialog).toContainText('Christopher Wray');
  await expect(dialog).toContainText('مكتب التحقيقات الفيدرالي');
  expect(await dialog.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const box = (await dialog.boundingBox())!;
  const covers =
    point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
  expect(covers).toBe(false);
});

test('the card stays while the pointer is in it and closes on Escape', async ({ page, site }) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  await hoverMention(page, 'كريستوفر');
  const dialog = card(page);
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(600);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('moving the pointer away closes the card after a grace delay', async ({ page, site }) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  await hoverMention(page, 'كريستوفر');
  await expect(card(page)).toBeVisible();
  await page.mouse.move(5, 890, { steps: 3 });
  await expect(card(page)).toBeHidden();
});

test('a related entity opens its own card from the card', async ({ page, site }) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  await hoverMention(page, 'كريستوفر');
  const dialog = card(page);
  await dialog.getByRole('button', { name: 'مكتب التحقيقات الفيدرالي' }).click();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('مكتب التحقيقات الفيدرالي');
});

test('the card keeps its own colours on a site whose theme variables share their names', async ({
  page,
  site,
}) => {
  await page.goto(`${site.origin}/site-theme.html`);
  await expect.poll(async () => allHighlighted(page)).toContain('جامعة الدول العربية');
  await hoverMention(page, 'جامعة الدول العربية');
  const heading = card(page).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('جامعة الدول العربية');
  const colours = await heading.evaluate((el) => {
    const card = el.closest('.siyaq-card')!;
    return { text: getComputedStyle(el).color, background: getComputedStyle(card).backgroundColor };
  });
  expect(colours).toEqual({ text: 'rgb(29, 29, 31)', background: 'rgb(255, 255, 255)' });
});

test('the wheel over a card with nothing to scroll scrolls the page', async ({ page, site }) => {
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
  await hoverMention(page, 'الرباط');
  const box = (await card(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 3 });
  const before = await page.evaluate(() => window.scrollY);
  for (let tick = 0; tick < 3; tick++) await page.mouse.wheel(0, 120);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 200);
});

test('a card closes when its mention scrolls out of a scrolling column, and a pinned one stays on screen', async ({
  page,
  site,
}) => {
  await page.goto(`${site.origin}/live-blog.html`);
  await expect.poll(async () => allHighlighted(page)).toContain('صندوق النقد الدولي');
  await hoverMention(page, 'صندوق النقد الدولي');
  await expect(card(page)).toBeVisible();
  await page.evaluate(() => document.querySelector('#live')!.scrollBy(0, 200));
  await expect(card(page)).toBeHidden();

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.querySelector('#live')!.scrollTo(0, 0));
  // Marks follow the viewport: the name is painted again a moment after it scrolls back into view.
  await expect.poll(async () => allHighlighted(page)).toContain('صندوق النقد الدولي');
  await hoverMention(page, 'صندوق النقد الدولي');
  await card(page).getByRole('button', { name: 'تثبيت البطاقة' }).click();
  // Grow the page so the window can scroll the mention far off the top.
  await page.evaluate(() => {
    document.body.style.paddingBottom = '3000px';
    window.scrollBy(0, 1500);
  });
  await expect
    .poll(async () => {
      const box = await card(page).boundingBox();
      return box ? box.y >= 0 && box.y + box.height <= 900 : false;
    })
    .toBe(true);
});

test('on a page zoomed with CSS zoom the card keeps its size and stays on screen beside its mention', async ({
  page,
  site,
}) => {
  await page.goto(`${site.origin}/zoomed.html`);
  await expect.poll(async () => allHighlighted(page)).toContain('جامعة الدول العربية');
  const mention = await hoverMention(page, 'جامعة الدول العربية');
  await expect(card(page)).toBeVisible();
  const frame = (await page.locator('siyaq-card').boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(frame.width).toBeLessThanOrEqual(381);
  expect(frame.x).toBeGreaterThanOrEqual(0);
  expect(frame.x + frame.width).toBeLessThanOrEqual(viewport.width);
  // Beside the line of the mention: it starts just below it (or ends just above it).
  const gap = Math.min(Math.abs(frame.y - mention.y), Math.abs(frame.y + frame.height - mention.y));
  expect(gap).toBeLessThan(60);
});
