import { putSetting } from './extension-settings.ts';
import type { ExtensionSession } from './launch-extension.ts';

/**
 * Pointer on a mention → card on screen, with the hover delay set to 0 so only Siyaq's own work is
 * timed: hit-testing, the card request to the background, Dexie, rendering. Timed inside the page.
 */
export async function measureHover(session: ExtensionSession, url: string, samples = 15) {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await putSetting(page, 'hoverDelayMs', 0);
  // tsx compiles with keepNames: functions passed to evaluate() call its __name helper.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('siyaq:ready').length > 0, null, {
    timeout: 60_000,
  });
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const target = await page.evaluate((n) => {
      const ranges = [...CSS.highlights.values()].flatMap((h) => [...h] as Range[]);
      const range = ranges[(n * 7919) % ranges.length]!;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0]!;
      const w = window as unknown as { hoverDone: Promise<number> };
      w.hoverDone = new Promise((resolve) => {
        let start = 0;
        addEventListener(
          'pointermove',
          () => {
            start ||= performance.now();
          },
          { capture: true },
        );
        const check = () => {
          const host = document.querySelector<HTMLElement>('[data-siyaq-card]');
          const open =
            host && host.style.display !== 'none' && host.shadowRoot?.querySelector('[role="dialog"]');
          if (start && open) resolve(performance.now() - start);
          else requestAnimationFrame(check);
        };
        check();
      });
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, i);
    await page.mouse.move(target.x, target.y);
    times.push(await page.evaluate(() => (window as unknown as { hoverDone: Promise<number> }).hoverDone));
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    await page.waitForTimeout(100);
  }
  times.sort((a, b) => a - b);
  await page.close();
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}
