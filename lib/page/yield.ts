/** The longest piece of work done between two yields to the page: well under the 50 ms long-task line. */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Gives the page's own tasks (input, rendering) a turn before Siyaq goes on. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export const deadline = (): number => performance.now() + SLICE_MS;
