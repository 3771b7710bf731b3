import { liveQuery } from 'dexie';
import type { SiyaqDB } from '../db/database.ts';
import { getSettings } from '../db/settings.ts';
import { send } from './messaging.ts';

/**
 * Tells the background when this page saved settings, so open tabs apply them without a reload. The
 * page that writes sends it: a stopped service worker would not see the database change, a message
 * wakes it.
 */
export function relaySettingsChanges(db: SiyaqDB): () => void {
  let last: string | undefined;
  const subscription = liveQuery(() => getSettings(db)).subscribe({
    next: (settings) => {
      const now = JSON.stringify(settings);
      if (last !== undefined && now !== last) {
        send('settings/changed', {}).catch((error: unknown) => console.warn('siyaq: settings relay', error));
      }
      last = now;
    },
    error: (error: unknown) => console.warn('siyaq: watching settings failed', error),
  });
  return () => subscription.unsubscribe();
}
