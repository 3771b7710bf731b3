import type { Page } from '@playwright/test';
import { normalizeKey } from '../../lib/arabic/index.ts';
import { CSV_HEADER } from '../../lib/knowledge/csv.ts';
import { expect, test } from './fixtures.ts';
import { allHighlighted, card, hoverMention } from './support/reader.ts';

const NAME = 'جمعية الزيتون الأخضر للبحوث';

/** A fresh profile installs the default pack in the background: wait until the options page lists it. */
async function waitForDefaultPack(options: Page) {
  await expect(options.locator('.pack:not([data-pack="user"])').first()).toBeVisible({ timeout: 30_000 });
}

/** Reloads the page until Siyaq marks (or no longer marks) the name: the matcher recompiles after edits. */
async function expectMarked(page: Page, marked: boolean) {
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.waitForTimeout(700);
        return (await allHighlighted(page)).some((text) => text.includes(NAME));
      },
      { timeout: 30_000, intervals: [500, 1_000, 2_000] },
    )
    .toBe(marked);
}

test('an entity added, edited and deleted in the options page shows up, changes and leaves the hover card', async ({
  page,
  site,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html#section=packs');
  await waitForDefaultPack(options);
  await options.goto(options.url().replace(/#.*$/, `#add=${encodeURIComponent(NAME)}`));
  await expect(options.getByLabel('الاسم بالعربية')).toHaveValue(NAME);
  await options.getByLabel('النوع', { exact: true }).selectOption('org');
  await options.getByLabel('الاسم بالإنجليزية').fill('Green Olive Research Society');
  await options.getByLabel('الوصف بالعربية').fill('جمعية بحثية تجريبية للاختبار.');
  await options.getByRole('button', { name: 'إضافة إلى الأسماء الأخرى والتهجئات بالعربية' }).click();
  await options.getByLabel('الأسماء الأخرى والتهجئات بالعربية: 1', { exact: true }).fill('جمعية الزيتون');
  await options.getByRole('button', { name: 'حفظ' }).click();
  await expect(options.getByRole('status')).toContainText(NAME);

  await page.goto(`${site.origin}/panels-custom.html`);
  await expectMarked(page, true);
  await hoverMention(page, NAME);
  await expect(card(page)).toContainText('جمعية بحثية تجريبية للاختبار.');

  // Edit: search it, open its form, change the description.
  await options.getByRole('searchbox', { name: 'البحث في الكيانات' }).fill('الزيتون');
  await options.getByRole('button', { name: `تعديل ${NAME}` }).click();
  await options.getByLabel('الوصف بالعربية').fill('وصف معدل بعد التحرير.');
  await options.getByRole('button', { name: 'حفظ' }).click();
  await expect(options.getByRole('status')).toContainText(NAME);
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.waitForTimeout(700);
        if (!(await allHighlighted(page)).some((text) => text.includes(NAME))) return '';
        await hoverMention(page, NAME);
        return (
          (await card(page)
            .textContent({ timeout: 3_000 })
            .catch(() => '')) ?? ''
        );
      },
      { timeout: 30_000 },
    )
    .toContain('وصف معدل بعد التحرير.');

  // Delete, with confirmation.
  await options.getByRole('searchbox', { name: 'البحث في الكيانات' }).fill('الزيتون');
  await options.getByRole('button', { name: `حذف ${NAME}` }).click();
  await options.getByRole('dialog').getByRole('button', { name: 'حذف' }).click();
  await expect(options.getByRole('button', { name: 'تراجع' })).toBeVisible();
  await expectMarked(page, false);
});

test('the entity list pages through the default pack in Arabic alphabet order, or the latest change first', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html#section=packs');
  await waitForDefaultPack(options);
  await options.getByRole('tab', { name: 'الكيانات' }).click();
  const arabicNames = () => options.locator('tbody th > span:first-child').allTextContents();
  await expect.poll(async () => (await arabicNames()).length, { timeout: 20_000 }).toBe(50);
  const expectAlphabetical = (names: string[]) => {
    const keys = names.map((name) => normalizeKey(name));
    expect(keys).toEqual([...keys].sort());
  };
  const first = await arabicNames();
  expectAlphabetical(first);
  // The next page goes on where the first stopped: Chromium's index order is the alphabet's.
  await options.getByRole('button', { name: 'الصفحة التالية' }).click();
  await expect.poll(async () => (await arabicNames())[0]).not.toBe(first[0]);
  const second = await arabicNames();
  expectAlphabetical(second);
  expect(normalizeKey(second[0]!) >= normalizeKey(first.at(-1)!)).toBe(true);

  await options.goto(options.url().replace(/#.*$/, '#entity=morocco'));
  await options.getByLabel('الوصف بالعربية').fill('وصف بعد آخر تعديل.');
  await options.getByRole('button', { name: 'حفظ' }).click();
  await options.getByLabel('الترتيب').selectOption({ label: 'الأحدث تعديلًا أولًا' });
  await expect.poll(async () => (await arabicNames())[0]).toBe('المغرب');
});

test('an entity can be edited from the #entity= deep link', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#entity=morocco');
  await expect(options.getByLabel('الاسم بالعربية')).toHaveValue('المغرب', { timeout: 20_000 });
  await expect(options.getByRole('heading', { name: 'تعديل «المغرب»' })).toBeVisible();
});

test('a CSV import with a bad row shows the error and changes nothing', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#section=packs');
  await waitForDefaultPack(options);
  await expect(options.locator('.pack').first()).toContainText(/\d{4}/);
  const before = await options.locator('.pack-list').textContent();
  const csv = [
    'id,type,name_ar,name_en,aliases_ar,aliases_en,description_ar,description_en',
    'test-city,place,مدينة تجريبية,Test City,,,,',
    'test-bad,planet,كوكب,Planet,,,,',
  ].join('\n');
  await options.getByLabel('ملف الحزمة (JSON أو CSV)').setInputFiles({
    name: 'bad-cities.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  const report = options.getByTestId('import-error');
  await expect(report).toContainText('لم يُستورد الملف. لم يتغير شيء.');
  await expect(report).toContainText('السطر 3، العمود \u2068type\u2069');
  expect(await options.locator('.pack-list').textContent()).toBe(before);
  await options.getByRole('tab', { name: 'الكيانات' }).click();
  await options.getByRole('searchbox', { name: 'البحث في الكيانات' }).fill('مدينة تجريبية');
  await expect(options.getByText('لا توجد كيانات مطابقة.')).toBeVisible();
});

test('a half-typed entity and an import’s outcome survive a look at another tab', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html#section=packs');
  await waitForDefaultPack(options);
  const csv = `${CSV_HEADER.join(',')}\nsiyaq-test-city,place,مدينة الاختبار,Test City,,,,\n`;
  await options
    .getByLabel('ملف الحزمة (JSON أو CSV)')
    .setInputFiles({ name: 'test-cities.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const outcome = options.getByRole('status').filter({ hasText: 'test-cities' });
  await expect(outcome).toContainText('كيان واحد');

  await options.getByRole('tab', { name: 'الكيانات' }).click();
  await options.getByRole('button', { name: 'إضافة كيان' }).click();
  await options.getByLabel('الاسم بالعربية').fill('مسودة لم تحفظ بعد');
  await options.getByRole('tab', { name: 'الحزم' }).click();
  await expect(outcome).toContainText('كيان واحد');
  await options.getByRole('tab', { name: 'الكيانات' }).click();
  await expect(options.getByLabel('الاسم بالعربية')).toHaveValue('مسودة لم تحفظ بعد');
});

test('the entity form puts each Arabic field beside its English one on a wide screen, one column on a narrow one', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html#add=x');
  const form = options.locator('.form-columns');
  await expect(form).toBeVisible();
  const layout = () =>
    form.evaluate((grid) => {
      const top = (name: string) => grid.querySelector(`.field-${name}`)?.getBoundingClientRect().top;
      const columns = getComputedStyle(grid).gridTemplateColumns.split(' ').length;
      return {
        columns,
        pairs: ['name', 'description', 'wikipedia'].every((n) => top(`${n}_ar`) === top(`${n}_en`)),
      };
    });
  await options.setViewportSize({ width: 1280, height: 900 });
  await expect.poll(layout).toEqual({ columns: 2, pairs: true });
  await options.setViewportSize({ width: 480, height: 900 });
  await expect.poll(layout).toEqual({ columns: 1, pairs: false });
});
