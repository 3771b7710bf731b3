import { toUnicode } from 'punycode/punycode.es6.js';
export interface SiteRules {
  allow: string[];
  deny: string[];
}

/** The host a rule is written for: "https://www.example.com/a" and "example.com" both give example.com. */
export function siteOf(urlOrHost: string): string {
  const text = urlOrHost.trim().toLowerCase();
  let host = text;
  try {
    host = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    // Not a URL: keep the text as a host name.
  }
  return host.replace(/^www\./, '');
}

/**
 * A stored site as the reader wrote it: browsers give host names in punycode (xn--4gbrim.xn--wgbh1c), an
 * Arabic reader typed موقع.مصر.
 */
export function displaySite(site: string): string {
  try {
    return toUnicode(site);
  } catch {
    return site;
  }
}

const covers = (rule: string, host: string): boolean => {
  const site = siteOf(rule);
  return site !== '' && (host === site || host.endsWith(`.${site}`));
};

/** Which list keeps Siyaq off a page: the deny list names it, or an allow list leaves it out. */
export type SiteOffReason = 'denied' | 'not-allowed';

/**
 * Why Siyaq does not run on a page, or undefined where it runs: a denied site (or its subdomain) never;
 * with an allow list, only the sites on it; otherwise everywhere.
 */
export function siteOffReason(url: string, rules: SiteRules): SiteOffReason | undefined {
  const host = siteOf(url);
  if (rules.deny.some((rule) => covers(rule, host))) return 'denied';
  if (rules.allow.length > 0 && !rules.allow.some((rule) => covers(rule, host))) return 'not-allowed';
  return undefined;
}

export const isSiteEnabled = (url: string, rules: SiteRules): boolean => !siteOffReason(url, rules);

/** The rules with a site switched on or off (the popup's switch). */
export function withSite(rules: SiteRules, url: string, enabled: boolean): SiteRules {
  const site = siteOf(url);
  const deny = rules.deny.filter((rule) => !covers(rule, site));
  return enabled ? { allow: rules.allow, deny } : { allow: rules.allow, deny: [...deny, site] };
}
