import { createScanner, type Matcher, type Mention } from '../../../lib/match/index.ts';

export interface ExpectedMention {
  start: number;
  end: number;
  text: string;
  entity: string;
  level: 'must' | 'should';
}

export interface SeedExpectations {
  mentions: ExpectedMention[];
  must_not: { start: number; end: number; text: string }[];
}

export interface SeedReport {
  missingMust: ExpectedMention[];
  foundShould: ExpectedMention[];
  missingShould: ExpectedMention[];
  /** Found mentions that cover a must_not span without being a longer accepted name. */
  forbidden: Mention[];
}

/**
 * Checks a matcher against the seed article's expectations. `resolve` maps the expected entity name
 * ("Morocco") to the id the matcher returns (null if the knowledge base lacks it). A found mention
 * satisfies an expected one when it resolves to that entity and its span is within two characters of
 * it or contains it. The page is scanned paragraph by paragraph, as the content script would.
 */
export function checkSeed(
  matcher: Matcher,
  text: string,
  expected: SeedExpectations,
  resolve: (entityName: string) => string | null,
): SeedReport {
  const scanner = createScanner(matcher);
  const found: Mention[] = [];
  let offset = 0;
  for (const block of text.split('\n')) {
    for (const m of scanner.scan(block)) found.push({ ...m, start: m.start + offset, end: m.end + offset });
    offset += block.length + 1;
  }
  const satisfies = (m: Mention, e: ExpectedMention) =>
    m.entity === resolve(e.entity) &&
    ((Math.abs(m.start - e.start) <= 2 && Math.abs(m.end - e.end) <= 2) ||
      (m.start <= e.start && m.end >= e.end));
  const hit = (e: ExpectedMention) => found.some((m) => satisfies(m, e));
  const must = expected.mentions.filter((e) => e.level === 'must');
  const should = expected.mentions.filter((e) => e.level === 'should');
  // A must_not span is violated by a mention that starts and ends within it (the short name inside the
  // longer word or name), not by the longer name that contains it.
  const forbidden = found.filter((m) =>
    expected.must_not.some((x) => m.start >= x.start - 2 && m.end <= x.end + 2 && m.end > x.start),
  );
  return {
    missingMust: must.filter((e) => !hit(e)),
    foundShould: should.filter(hit),
    missingShould: should.filter((e) => !hit(e)),
    forbidden,
  };
}
