import { send } from '../../lib/browser/messaging.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main() {
    await send('page/status', { status: 'loading', url: location.href });
  },
});
