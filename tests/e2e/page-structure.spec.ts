import { putSetting } from '../../scripts/lib/extension-settings.ts';
import { expect, test } from './fixtures.ts';
import { allHighlighted, card, focusedMention, hoverMention, waitForHighlights } from './support/reader.ts';

test('a name split across links, bold and spans is one mention', async ({ page, site }) => {
  await page.goto(`${site.origin}/split-names.html`);
  await waitForHighlights(page, 3);
  const texts = await allHighlighted(page);
  expect(texts).toContain('عبد اللطيف حموشي');
  expect(texts).toContain('مكتب التحقيقات الفيدرالي');
  expect(texts).toContain('المديرية العامة للأمن الوطني');
});

test('hidden text, form fields, editable areas and scripts are left alone', async ({ page, site }) => {
  await page.goto(`${site.origin}/split-names.html`);
  await waitForHighlights(page, 3);
  const marked = await page.evaluate(() => {
    const ids = new Set<string>();
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight) {
        const el = (range as Range).startContainer.parentElement;
        ids.add(el?.closest('[id], form, [hidden], span[style]')?.getAttribute('id') ?? el?.tagName ?? '');
      }
    }
    return [...ids];
  });
  expect(marked).not.toContain('editor');
  expect(marked).not.toContain('p-hidden');
  expect(marked).not.toContain('FORM');
  expect(await page.evaluate(() => (window as unknown as { pageScriptRan: boolean }).pageScriptRan)).toBe(
    true,
  );
});

test('names inside an iframe are marked and open their card in that frame', async ({ page, site }) => {
  await page.goto(`${site.origin}/iframe-host.html`);
  const frame = page.frameLocator('#partner');
  const inner = page.frames().find((f) => f.url().endsWith('/iframe-inner.html'))!;
  await expect
    .poll(() => inner.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)))
    .toBeGreaterThanOrEqual(3);
  const point = await inner.evaluate(() => {
    for (const h of CSS.highlights.values()) {
      for (const r of h) {
        if ((r as Range).toString() === 'الرباط') {
          const b = (r as Range).getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
    }
    return null;
  });
  const offset = (await page.locator('#partner').boundingBox())!;
  await page.mouse.move(offset.x + point!.x, offset.y + point!.y, { steps: 4 });
  await expect(frame.locator('[data-siyaq-card] [role="dialog"]')).toContainText('الرباط');
});

test('text in an open shadow root is marked and hoverable', async ({ page, site }) => {
  await page.goto(`${site.origin}/shadow-widget.html`);
  await expect.poll(async () => allHighlighted(page)).toContain('وكالة الاستخبارات المركزية');
  await hoverMention(page, 'وكالة الاستخبارات المركزية');
  await expect(card(page)).toContainText('CIA');
});

test('the keyboard command walks the page and a widget’s shadow root in reading order', async ({
  page,
  site,
  nextMention,
}) => {
  await page.goto(`${site.origin}/shadow-widget.html`);
  await expect.poll(async () => allHighlighted(page)).toContain('وكالة الاستخبارات المركزية');
  const names = await allHighlighted(page);
  const focused: string[] = [];
  for (let i = 0; i < names.length; i++) {
    await nextMention(page);
    await expect.poll(async () => (await focusedMention(page)) ?? '').not.toBe(focused.at(-1) ?? '');
    focused.push((await focusedMention(page))!);
  }
  expect(focused).toEqual(['الرباط', 'وكالة الاستخبارات المركزية', 'المغرب', 'الجزائر']);
});

test('an app shell that renders its Arabic story late is read once the story is there', async ({
  page,
  site,
  tabIdOf,
  tabReport,
}) => {
  await page.goto(`${site.origin}/app-shell.html`);
  const tabId = await tabIdOf(page);
  await expect.poll(async () => allHighlighted(page), { timeout: 15_000 }).toContain('عبد اللطيف حموشي');
  await expect.poll(async () => (await tabReport(tabId)).status, { timeout: 15_000 }).toBe('ready');
  expect(await allHighlighted(page)).toEqual(expect.arrayContaining(['الرباط', 'منطقة الساحل']));
});

test('an English page is left alone', async ({ page, site, tabIdOf, tabReport }) => {
  await page.goto(`${site.origin}/english.html`);
  const tabId = await tabIdOf(page);
  await expect.poll(async () => (await tabReport(tabId)).status).toBe('not-arabic');
  expect(await allHighlighted(page)).toEqual([]);
});

test('a site on the deny list is left alone, others still work', async ({
  page,
  site,
  helperPage,
  tabIdOf,
  tabReport,
}) => {
  await putSetting(await helperPage(), 'siteRules', { allow: [], deny: ['localhost'] });
  await page.goto(`${site.altOrigin}/seed-article.html`);
  const tabId = await tabIdOf(page);
  await expect.poll(async () => (await tabReport(tabId)).status).toBe('disabled');
  expect(await allHighlighted(page)).toEqual([]);
  await page.goto(`${site.origin}/seed-article.html`);
  await waitForHighlights(page, 20);
});

test('a name in a modal dialog (a lightbox) gets a card above it that works; Escape closes the card first', async ({
  page,
  site,
}) => {
  await page.goto(`${site.origin}/gallery.html`);
  await expect.poll(async () => allHighlighted(page)).toContain('جنيف');
  await page.getByRole('button', { name: 'عرض الصورة كاملة' }).click();
  await expect.poll(async () => allHighlighted(page)).toContain('منظمة الصحة العالمية');

  await hoverMention(page, 'منظمة الصحة العالمية');
  await expect(card(page)).toContainText('منظمة الصحة العالمية');
  // Above the dialog and its backdrop, and not inert: the pointer reaches it and its buttons work.
  const box = (await card(page).boundingBox())!;
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });
  expect(hit).toBe('SIYAQ-CARD');
  const pin = card(page).getByRole('button', { name: 'تثبيت البطاقة' });
  await pin.click();
  await expect(card(page).getByRole('button', { name: 'إلغاء التثبيت' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  const lightboxOpen = () =>
    page.evaluate(() => document.querySelector<HTMLDialogElement>('#lightbox')!.open);
  expect(await lightboxOpen()).toBe(true);
  // The card's host left the page's dialog with the card.
  expect(await page.evaluate(() => document.querySelector('#lightbox [data-siyaq-card]'))).toBeNull();
  await page.keyboard.press('Escape');
  await expect.poll(lightboxOpen).toBe(false);
});
