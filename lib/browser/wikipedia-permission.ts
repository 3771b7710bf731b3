import type { Lang } from '../i18n/translate.ts';
import { WIKIPEDIA_ORIGINS } from '../knowledge/wiki-summary.ts';

/** The part of browser.permissions used here (Chrome's and the polyfill's agree on it). */
interface Permissions {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

/** The optional host permissions online enrichment needs, asked for only when the reader turns it on. */
export interface WikipediaPermission {
  has(): Promise<boolean>;
  /** Call synchronously from the click handler: browsers only prompt during a user gesture. */
  request(): Promise<boolean>;
  remove(): Promise<void>;
}

export function wikipediaPermission(permissions: Permissions): WikipediaPermission {
  const origins = [...WIKIPEDIA_ORIGINS];
  return {
    has: () => permissions.contains({ origins }),
    request: () => permissions.request({ origins }),
    remove: async () => {
      await permissions.remove({ origins });
    },
  };
}

/** Whether the background may reach one language's Wikipedia now (the reader can revoke it any time). */
export const wikipediaPermitted = (permissions: Pick<Permissions, 'contains'>, lang: Lang) =>
  permissions.contains({ origins: [`https://${lang}.wikipedia.org/*`] });
