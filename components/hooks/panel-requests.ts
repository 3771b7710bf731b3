import { browser } from 'wxt/browser';
import type { Req } from '../../lib/messages.ts';

export type PanelRequest = Req<'panel/open'>;
export type PanelRequests = (listener: (request: PanelRequest) => void) => () => void;

/**
 * 'panel/open' as the side panel hears it: the message goes to the background (which opens the panel)
 * and to every extension page, so an open panel takes the request itself. It listens without answering.
 */
export const browserPanelRequests: PanelRequests = (listener) => {
  const onMessage = (message: unknown) => {
    const m = message as { siyaq?: number; type?: string; data?: PanelRequest } | null;
    if (m?.siyaq !== 1 || m.type !== 'panel/open' || typeof m.data !== 'object' || !m.data) return;
    const { entity, query } = m.data;
    listener({
      entity: typeof entity === 'string' ? entity : undefined,
      query: typeof query === 'string' ? query : undefined,
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
};
