import './highlights.css';
import { browser } from 'wxt/browser';
import { send } from '../../lib/browser/messaging.ts';
import { createRouter } from '../../lib/message-router.ts';
import { contentSchemas } from '../../lib/messages.ts';
import { watchForArabic } from '../../lib/page/arabic-watch.ts';
import { isArabicDocument } from '../../lib/page/detect-arabic.ts';
import { pageLifecycle } from '../../lib/page/page-lifecycle.ts';
import { startPageApp } from './page-app.ts';

const ORPHAN_CHECK_MS = 2_000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // User Timing marks are shared with the page: the page benchmark reads them.
    performance.mark('siyaq:injected');
    const page = crypto.randomUUID();
    const lifecycle = pageLifecycle({
      config: (url) => send('page/config', { url }),
      report: (status, url) => send('page/status', { page, status, url }),
      isArabic: () => isArabicDocument(document),
      watchForArabic: (onArabic) => watchForArabic(document, onArabic),
      start: (config) => startPageApp(ctx, config, page),
      isInvalid: () => ctx.isInvalid,
      url: () => location.href,
    });
    ctx.onInvalidated(() => lifecycle.dispose());
    // WXT notices that the extension was updated, reloaded or removed only when asked, and its timers ask on
    // every tick: an orphaned script takes its marks and card off the page instead of leaving them, dead.
    ctx.setInterval(() => {}, ORPHAN_CHECK_MS);
    const router = createRouter(
      {
        'content/ping': () => ({ page }),
        'content/settings-changed': () => {
          lifecycle.settingsChanged();
          return null;
        },
      },
      { strict: false, schemas: contentSchemas },
    );
    browser.runtime.onMessage.addListener(router);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(router));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      // A jump to an anchor (#comments) is the same story, not a new page to read and count afresh.
      if (newUrl.href.split('#')[0] !== oldUrl.href.split('#')[0]) lifecycle.app?.navigate();
    });
    await lifecycle.settled;
  },
});
