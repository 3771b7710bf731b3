import './highlights.css';
import { send } from '../../lib/browser/messaging.ts';
import { isArabicDocument } from '../../lib/page/detect-arabic.ts';
import { startPageApp } from './page-app.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // User Timing marks are shared with the page: the page benchmark reads them.
    performance.mark('siyaq:injected');
    const url = location.href;
    const page = crypto.randomUUID();
    const config = await send('page/config', { url });
    if (!config.enabled) {
      await send('page/status', { page, status: 'disabled', url });
      return;
    }
    if (!isArabicDocument(document)) {
      await send('page/status', { page, status: 'not-arabic', url });
      return;
    }
    startPageApp(ctx, config, page);
  },
});
