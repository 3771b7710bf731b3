import { useCallback } from 'preact/hooks';
import type { SiyaqDB } from '../../lib/db/database.ts';
import { getSettings, type Settings, updateSettings } from '../../lib/db/settings.ts';
import { useLiveQuery, valueOr } from './use-live-query.ts';

/** Settings from Dexie, live, plus a setter; `undefined` until the first read. */
export function useSettings(
  db: SiyaqDB,
): [Settings | undefined, (patch: Partial<Settings>) => Promise<void>] {
  const settings = valueOr(
    useLiveQuery(() => getSettings(db), [db]),
    undefined,
  );
  const update = useCallback((patch: Partial<Settings>) => updateSettings(db, patch), [db]);
  return [settings, update];
}
