import { writeFileSync } from 'node:fs';
import { generatePack } from '../../lib/knowledge/generate-pack.ts';
import type { ExtensionSession } from './launch-extension.ts';

/** Imports a generated pack through the options page, as a user would, timing file choice → done. */
export async function measurePackImport(session: ExtensionSession, entities: number) {
  // A file on disk: the browser reads it directly instead of receiving 40 MB over the wire protocol.
  const file = `.cache/generated-${entities}.json`;
  writeFileSync(file, JSON.stringify(generatePack({ entities })));
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
  await page.locator('#import-file').setInputFiles(file);
  await page.locator('.import [role="status"]').waitFor({ timeout: 600_000 });
  const ms = Date.now() - t0;
  const progressCalls = await page.evaluate(
    () => (window as unknown as { progressCalls: number }).progressCalls,
  );
  await page.close();
  return { ms, progressCalls };
}
