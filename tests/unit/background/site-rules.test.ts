import { describe, expect, it } from 'vitest';
import {
  displaySite,
  isSiteEnabled,
  type SiteRules,
  siteOf,
  siteOffReason,
  withSite,
} from '../../../lib/knowledge/site-rules.ts';

const rules = (allow: string[] = [], deny: string[] = []): SiteRules => ({ allow, deny });

describe('siteOf', () => {
  it.each([
    ['https://www.hespress.com/politique/article-123.html', 'hespress.com'],
    ['HTTPS://WWW.Hespress.com/a', 'hespress.com'],
    ['hespress.com', 'hespress.com'],
    ['  www.alyaoum24.com  ', 'alyaoum24.com'],
    ['www.alyaoum24.com:8080/x?y=1', 'alyaoum24.com'],
    ['https://arabic.cnn.com/middle-east', 'arabic.cnn.com'],
    ['http://localhost:3000/seed-article.html', 'localhost'],
    // only a leading www. goes
    ['https://news.www.example.com', 'news.www.example.com'],
    // internationalised domains are compared in their ASCII form
    ['https://مثال.إختبار/', 'xn--mgbh0fb.xn--kgbechtv'],
    ['file:///home/reader/article.html', ''],
  ])('%s → %s', (input, site) => {
    expect(siteOf(input)).toBe(site);
  });
});

describe('isSiteEnabled', () => {
  it.each([
    ['everywhere without rules', 'https://www.hespress.com/a', rules(), true],
    ['not on a denied site', 'https://www.hespress.com/a', rules([], ['hespress.com']), false],
    [
      'not on a subdomain of a denied site',
      'https://sport.hespress.com/a',
      rules([], ['hespress.com']),
      false,
    ],
    [
      'whatever form the rule was written in',
      'https://hespress.com/a',
      rules([], ['https://www.hespress.com/']),
      false,
    ],
    [
      'on a site whose name merely ends the same',
      'https://nothespress.com/a',
      rules([], ['hespress.com']),
      true,
    ],
    [
      'on the parent of a denied subdomain',
      'https://hespress.com/a',
      rules([], ['sport.hespress.com']),
      true,
    ],
    [
      'only on allowed sites when there is an allow list',
      'https://www.alyaoum24.com/',
      rules(['hespress.com']),
      false,
    ],
    ['on an allowed site', 'https://www.hespress.com/', rules(['hespress.com']), true],
    ['on a subdomain of an allowed site', 'https://fr.hespress.com/', rules(['hespress.com']), true],
    [
      'deny wins over allow',
      'https://sport.hespress.com/',
      rules(['hespress.com'], ['sport.hespress.com']),
      false,
    ],
    ['an empty rule covers nothing', 'https://www.hespress.com/', rules([], ['', '   ']), true],
  ])('runs %s', (_, url, r, expected) => {
    expect(isSiteEnabled(url, r)).toBe(expected);
  });
});

describe('withSite', () => {
  it.each([
    [
      'switching off adds the site to deny',
      rules(),
      'https://www.hespress.com/a',
      false,
      rules([], ['hespress.com']),
    ],
    [
      'switching off a subdomain denies only that subdomain',
      rules(),
      'https://sport.hespress.com/a',
      false,
      rules([], ['sport.hespress.com']),
    ],
    [
      'switching off twice lists the site once',
      rules([], ['hespress.com']),
      'https://hespress.com/',
      false,
      rules([], ['hespress.com']),
    ],
    [
      'switching on removes the site from deny',
      rules([], ['hespress.com', 'alyaoum24.com']),
      'https://www.hespress.com/',
      true,
      rules([], ['alyaoum24.com']),
    ],
    [
      'switching on a subdomain removes the deny that covers it',
      rules([], ['www.hespress.com']),
      'https://sport.hespress.com/',
      true,
      rules([], []),
    ],
    [
      'switching on leaves the allow list alone',
      rules(['hespress.com']),
      'https://alyaoum24.com/',
      true,
      rules(['hespress.com']),
    ],
  ])('%s', (_, before, url, enabled, after) => {
    expect(withSite(before, url, enabled)).toEqual(after);
  });

  it.each([
    ['https://www.hespress.com/a', false],
    ['https://sport.hespress.com/a', false],
    ['https://www.hespress.com/a', true],
  ])('makes isSiteEnabled(%s) agree with the switch (%s)', (url, enabled) => {
    const start = enabled ? rules([], ['hespress.com']) : rules();
    expect(isSiteEnabled(url, withSite(start, url, enabled))).toBe(enabled);
  });
});

describe('displaySite', () => {
  it('shows an Arabic domain as the reader wrote it, not in punycode', () => {
    const stored = siteOf('https://موقع.مصر/خبر');
    expect(stored).toBe('xn--4gbrim.xn--wgbh1c');
    expect(displaySite(stored)).toBe('موقع.مصر');
    expect(displaySite('news.example')).toBe('news.example');
  });
});

describe('siteOffReason', () => {
  it.each([
    ['runs everywhere without rules', rules(), undefined],
    ['off where the deny list names the site', rules([], ['hespress.com']), 'denied'],
    ['off where an allow list leaves the site out', rules(['alyaoum24.com']), 'not-allowed'],
    ['runs where the allow list names the site', rules(['hespress.com']), undefined],
    ['the deny list wins over the allow list', rules(['hespress.com'], ['hespress.com']), 'denied'],
  ] as const)('%s', (_, siteRules, reason) => {
    expect(siteOffReason('https://www.hespress.com/a', siteRules)).toBe(reason);
  });
});
