import { useEffect, useState } from 'preact/hooks';

/** The `#key=value&...` part of a page's URL, kept current on hashchange (deep links into the pages). */
export function useHashParams(win: Window = window): URLSearchParams {
  const [params, setParams] = useState(() => parseHash(win.location.hash));
  useEffect(() => {
    const onChange = () => setParams(parseHash(win.location.hash));
    win.addEventListener('hashchange', onChange);
    return () => win.removeEventListener('hashchange', onChange);
  }, [win]);
  return params;
}

export const parseHash = (hash: string): URLSearchParams => new URLSearchParams(hash.replace(/^#/, ''));

/** Replaces the hash without adding a history entry or firing hashchange. */
export function replaceHash(params: Record<string, string | undefined>, win: Window = window): void {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const hash = search.toString();
  win.history.replaceState(null, '', hash ? `#${hash}` : win.location.pathname + win.location.search);
}
