import { type Browser, browser } from 'wxt/browser';
import { TabReports } from '../lib/background/tab-reports.ts';
import { createRouter } from '../lib/message-router.ts';

type Sender = Browser.runtime.MessageSender;

export default defineBackground(() => {
  const reports = new TabReports();
  const router = createRouter<Sender>(
    {
      'page/config': () => ({
        enabled: true,
        highlights: true,
        highlightStyle: 'underline',
        hoverDelayMs: 250,
        modifierKey: 'none',
        lang: 'ar',
      }),
      'page/status': ({ status, url }, sender) => {
        if (sender.tab?.id !== undefined && sender.frameId === 0)
          reports.setStatus(sender.tab.id, url, status);
        return null;
      },
      'page/scan': () => ({ mentions: [], entities: [] }),
      'tab/report': ({ tabId }) => reports.report(tabId),
    },
    { strict: true },
  );
  browser.runtime.onMessage.addListener(router);
  browser.tabs.onRemoved.addListener((tabId) => reports.drop(tabId));
});
