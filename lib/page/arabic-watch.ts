import { isArabicDocument } from './detect-arabic.ts';

export interface ArabicWatchOptions {
  /** The page is sampled this long after a change, and no more often while it keeps changing. */
  sampleMs?: number;
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
  { sampleMs = 300, giveUpMs = 60_000 }: ArabicWatchOptions = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Sampled on a clock, not after quiet: a page whose ticker or clock never stops changing must still be seen.
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (!isArabicDocument(doc)) return;
      stop();
      onArabic();
    }, sampleMs);
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
