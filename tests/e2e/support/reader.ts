import { expect, type Page } from '@playwright/test';

/** What a reader sees of Siyaq on a page: highlighted names, the hover card. A small page object. */

/** Highlighted text per highlight name (siyaq-person, siyaq-place, ...), read from the page's main world. */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      out[name] = [...highlight].map((range) => (range as Range).toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

export async function allHighlighted(page: Page): Promise<string[]> {
  return Object.values(await highlightedTexts(page)).flat();
}

/** Waits until Siyaq has marked at least `count` names. */
export async function waitForHighlights(page: Page, count = 1): Promise<void> {
  await expect
    .poll(async () => (await allHighlighted(page)).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(count);
}

/** The centre of the first highlighted range whose text includes `text`. */
export async function mentionCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight) {
        if (!(range as Range).toString().includes(wanted)) continue;
        const el = (range as Range).startContainer.parentElement;
        el?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rect = (range as Range).getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no highlighted mention contains "${text}"`);
  return point;
}

export async function hoverMention(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await mentionCentre(page, text);
  await page.mouse.move(point.x - 40, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  return point;
}

/** The hover card: its host element carries data-siyaq-card and an open shadow root. */
export const card = (page: Page) => page.locator('[data-siyaq-card] [role="dialog"]');

/** The text of the mention the keyboard command focused, if any. */
export function focusedMention(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const [range] = CSS.highlights.get('siyaq-focus') ?? [];
    return range ? (range as Range).toString() : undefined;
  });
}
