import './highlights.css';
import { browser } from 'wxt/browser';
import { send } from '../../lib/browser/messaging.ts';
import { createRouter } from '../../lib/message-router.ts';
import { contentSchemas } from '../../lib/messages.ts';
import { watchForArabic } from '../../lib/page/arabic-watch.ts';
import { isArabicDocument } from '../../lib/page/detect-arabic.ts';
import { type PageApp, startPageApp } from './page-app.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // User Timing marks are shared with the page: the page benchmark reads them.
    performance.mark('siyaq:injected');
    const page = crypto.randomUUID();
    let app: PageApp | null = null;
    let applied = '';
    let stopWatching = () => {};
    /** Starts, restarts or stops the page app for the config in force now (`again`: even if unchanged). */
    const apply = async (again = false) => {
      const url = location.href;
      const config = await send('page/config', { url });
      const key = JSON.stringify(config);
      if ((key === applied && !again) || ctx.isInvalid) return;
      applied = key;
      stopWatching();
      app?.dispose();
      app = null;
      if (!config.enabled) await send('page/status', { page, status: 'disabled', url });
      else if (isArabicDocument(document)) app = startPageApp(ctx, config, page);
      else {
        await send('page/status', { page, status: 'not-arabic', url });
        // An app shell may render its Arabic story later.
        stopWatching = watchForArabic(document, () => {
          queue = queue.catch(() => {}).then(() => apply(true));
        });
      }
    };
    ctx.onInvalidated(() => stopWatching());
    // One apply at a time, in order: two quick saves end with the later settings.
    let queue = apply();
    const router = createRouter(
      {
        'content/ping': () => ({ page }),
        'content/settings-changed': () => {
          queue = queue.catch(() => {}).then(() => apply());
          return null;
        },
      },
      { strict: false, schemas: contentSchemas },
    );
    browser.runtime.onMessage.addListener(router);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(router));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      // A jump to an anchor (#comments) is the same story, not a new page to read and count afresh.
      if (newUrl.href.split('#')[0] !== oldUrl.href.split('#')[0]) app?.navigate();
    });
    await queue;
  },
});
