import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: Error };

/**
 * Dexie's liveQuery as a Preact hook: runs `querier`, then again whenever the tables and ranges it read
 * change (in this page or any other page of the extension). `deps` restart the subscription.
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) =>
        setResult({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}

/** The value of a live result, or `fallback` while loading or after an error. */
export const valueOr = <T, F>(result: LiveResult<T>, fallback: F): T | F =>
  result.status === 'ready' ? result.value : fallback;
