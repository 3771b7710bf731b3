import { generatePack } from '../../lib/knowledge/generate-pack.ts';
import type { ExtensionSession } from './launch-extension.ts';

/** Imports a generated pack through the options page, as a user would, timing file choice → done. */
export async function measurePackImport(session: ExtensionSession, entities: number) {
  const buffer = Buffer.from(JSON.stringify(generatePack({ entities })));
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html#tab=packs`);
  await page.getByRole('tab', { name: /الحزم|Packs/ }).click();
  await page.evaluate(() => {
    const w = window as unknown as { progressCalls: number };
    w.progressCalls = 0;
    new MutationObserver(() => w.progressCalls++).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['value'],
    });
  });
  const t0 = Date.now();
  await page
    .locator('#import-file')
    .setInputFiles({ name: 'generated.json', mimeType: 'application/json', buffer });
  await page.locator('.import [role="status"]').waitFor({ timeout: 600_000 });
  const ms = Date.now() - t0;
  const progressCalls = await page.evaluate(
    () => (window as unknown as { progressCalls: number }).progressCalls,
  );
  await page.close();
  return { ms, progressCalls };
}
