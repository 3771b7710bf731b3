import { useEffect, useRef, useState } from 'preact/hooks';
import type { TabReport } from '../../lib/messages.ts';
import type { TabRef, TabSource } from './tab-source.ts';

export interface TabReportState {
  tab?: TabRef;
  report?: TabReport;
  /** True once the first tab lookup finished (tab may still be undefined: nothing to follow). */
  settled: boolean;
}

/** How often to ask again while a page is still loading, in case a 'tab/changed' broadcast is missed. */
const LOADING_POLL_MS = 1_000;

/**
 * The report of the tab a popup or side panel speaks about. With `follow`, it moves to whichever tab
 * becomes active in the same window (the side panel); it refreshes on the tab's updates and on the
 * background's 'tab/changed' broadcast.
 */
export function useTabReport(source: TabSource, follow: boolean): TabReportState {
  const [state, setState] = useState<TabReportState>({ settled: false });
  const current = useRef<TabRef | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    let own: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (tab: TabRef) => {
      clearTimeout(timer);
      const report = await source.report(tab.tabId).catch(() => undefined);
      if (!alive || current.current?.tabId !== tab.tabId) return;
      setState({ tab, report, settled: true });
      if (report?.status === 'loading') timer = setTimeout(() => void load(tab), LOADING_POLL_MS);
    };
    const unsubscribe = source.subscribe((event) => {
      const tab = current.current;
      if (event.kind === 'changed') {
        if (tab && event.tabId === tab.tabId) void load(tab);
        return;
      }
      if (!follow || event.tab.tabId === own || event.tab.tabId === tab?.tabId) return;
      if (tab?.windowId !== undefined && event.tab.windowId !== tab.windowId) return;
      current.current = event.tab;
      setState({ tab: event.tab, report: undefined, settled: true });
      void load(event.tab);
    });
    void (async () => {
      own = await source.ownTabId().catch(() => undefined);
      const tab = await source.initialTab().catch(() => undefined);
      if (!alive) return;
      current.current = tab;
      if (tab) await load(tab);
      else setState({ settled: true });
    })();
    return () => {
      alive = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [source, follow]);
  return state;
}
