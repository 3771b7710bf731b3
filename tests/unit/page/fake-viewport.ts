import type { ObserverFactory } from '../../../lib/page/viewport-marks.ts';

/**
 * An IntersectionObserver stand-in for ViewportMarks (happy-dom lays nothing out): it records what is
 * observed, and showAll() reports every observed element as on screen, as a reader scrolling past would.
 */
export function createFakeViewport() {
  const observed = new Set<Element>();
  let notify: IntersectionObserverCallback = () => {};
  const factory: ObserverFactory = (callback) => {
    notify = callback;
    return {
      observe: (element) => observed.add(element),
      unobserve: (element) => observed.delete(element),
      disconnect: () => observed.clear(),
    };
  };
  return {
    factory,
    observed,
    showAll(): void {
      const entries = [...observed].map(
        (target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry,
      );
      notify(entries, {} as IntersectionObserver);
    },
  };
}
