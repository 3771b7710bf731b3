import { isArabicDocument } from './detect-arabic.ts';

export interface ArabicWatchOptions {
  /** Quiet time after a change before the page is sampled again. */
  settleMs?: number;
  /** Give up after this long: a page still not Arabic by then is taken as it is. */
  giveUpMs?: number;
}

/**
 * Calls `onArabic` once a page that was not Arabic at first becomes so: an app shell that renders its
 * Arabic story after the content script started. Returns a function that stops watching.
 */
export function watchForArabic(
  doc: Document,
  onArabic: () => void,
  { settleMs = 300, giveUpMs = 60_000 }: ArabicWatchOptions = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!isArabicDocument(doc)) return;
      stop();
      onArabic();
    }, settleMs);
  });
  const deadline = setTimeout(() => stop(), giveUpMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['lang'],
  });
  return stop;
}
