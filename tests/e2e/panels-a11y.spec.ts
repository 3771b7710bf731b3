import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown }>;
}

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page and returns its serious and critical violations. Extension pages forbid
 * inline scripts (CSP script-src 'self'), so page.addScriptTag is refused; evaluate() goes through the
 * DevTools protocol, which CSP does not govern.
 */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }
    ).axe;
    return axe.run(document);
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 3) }));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup, side panel and options have no serious accessibility violations (${scheme})`, async ({
    page,
    site,
    tabIdOf,
    openExtensionPage,
  }) => {
    // Seven pages, each scanned by axe: more than the default minute on a busy machine.
    test.setTimeout(180_000);
    await page.goto(`${site.origin}/seed-article.html`);
    const tabId = await tabIdOf(page);
    const checks: Array<[string, (p: Page) => Promise<void>]> = [
      [`popup.html?tabId=${tabId}`, async (p) => p.locator('.entity-row').first().click()],
      [`sidepanel.html?tabId=${tabId}`, async (p) => p.locator('.entity-row').first().click()],
      ['options.html', async (p) => void (await p.locator('.entity-table').waitFor())],
      ['options.html#add=test', async (p) => void (await p.locator('.entity-form').waitFor())],
      ['options.html#section=packs', async (p) => void (await p.locator('.pack-list').waitFor())],
      ['options.html#section=settings', async (p) => void (await p.locator('.settings-form').waitFor())],
      ['options.html#section=storage', async (p) => void (await p.getByTestId('storage-used').waitFor())],
    ];
    for (const [file, prepare] of checks) {
      const view = await openExtensionPage(file);
      await view.emulateMedia({ colorScheme: scheme });
      await view.locator('h1').waitFor();
      await view
        .locator(
          '.entity-row, .entity-table, .entity-form, .pack-list, .settings-form, [data-testid="storage-used"]',
        )
        .first()
        .waitFor({ timeout: 20_000 });
      await prepare(view);
      await view.waitForTimeout(300);
      expect(await seriousViolations(view), file).toEqual([]);
      await view.close();
    }
  });
}
