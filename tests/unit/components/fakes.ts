import { vi } from 'vitest';
import type { TabEvent, TabSource } from '../../../components/hooks/tab-source.ts';
import type { PageActions } from '../../../components/page-actions.ts';
import type { TabReport } from '../../../lib/messages.ts';

/** A TabSource whose reports and events the test controls. */
export function fakeTabs(reports: Record<number, TabReport>, initial = 7, windowId = 1) {
  let listener: ((event: TabEvent) => void) | undefined;
  const source: TabSource = {
    initialTab: async () => ({ tabId: initial, windowId }),
    ownTabId: async () => undefined,
    report: async (tabId) => reports[tabId] ?? { tabId, url: '', status: 'unavailable', entities: [] },
    subscribe: (l) => {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
  };
  return { source, emit: (event: TabEvent) => listener?.(event), reports };
}

export function fakeActions() {
  return {
    openSidePanel: vi.fn<PageActions['openSidePanel']>(),
    openOptions: vi.fn<PageActions['openOptions']>(),
    reveal: vi.fn<PageActions['reveal']>(async () => true),
    enrich: vi.fn<PageActions['enrich']>(),
    close: vi.fn<PageActions['close']>(),
  } satisfies PageActions;
}
