import { describe, expect, it } from 'vitest';
import {
  cardSummary,
  parseSummaryResponse,
  pickSummary,
  type SummaryEntry,
  type SummaryTarget,
  summaryRequestUrl,
  summaryTargets,
  trimSummary,
  type WikiSummary,
} from '../../../lib/knowledge/wiki-summary.ts';

const WRAY: SummaryTarget = { lang: 'en', title: 'Christopher Wray' };

/** A REST /page/summary answer as en.wikipedia.org sends it (trimmed to what matters). */
function response(overrides: Record<string, unknown> = {}) {
  return {
    type: 'standard',
    title: 'Christopher Wray',
    displaytitle: '<span class="mw-page-title-main">Christopher Wray</span>',
    description: 'Director of the FBI from 2017 to 2025',
    timestamp: '2025-01-20T12:00:00Z',
    extract: 'Christopher Asher Wray is an American attorney who served as the director of the FBI.',
    extract_html: '<p><b>Christopher Asher Wray</b> is an American attorney</p>',
    content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Christopher_Wray' } },
    ...overrides,
  };
}

describe('parseSummaryResponse', () => {
  it('keeps the plain extract, the description, the page URL and the timestamp', () => {
    expect(parseSummaryResponse(response(), WRAY)).toEqual({
      text: 'Christopher Asher Wray is an American attorney who served as the director of the FBI.',
      description: 'Director of the FBI from 2017 to 2025',
      url: 'https://en.wikipedia.org/wiki/Christopher_Wray',
      timestamp: '2025-01-20T12:00:00Z',
    });
  });

  it('keeps markup in the extract as the characters it is (the card renders text)', () => {
    const extract = 'Wray <img src=x onerror=alert(1)> is <b>bold</b>.';
    expect(parseSummaryResponse(response({ extract }), WRAY)?.text).toBe(extract);
  });

  it('never takes the HTML extract, even when the plain one is missing', () => {
    expect(parseSummaryResponse(response({ extract: undefined }), WRAY)).toBeNull();
  });

  it('drops bidi overrides and turns control characters and runs of space into one space', () => {
    const extract = '\u202eevil\u202c  name\n\tline\u0007end ';
    expect(parseSummaryResponse(response({ extract }), WRAY)?.text).toBe('evil name line end');
  });

  it('caps a huge extract', () => {
    const text = parseSummaryResponse(response({ extract: 'word '.repeat(5_000) }), WRAY)?.text;
    expect(text?.length).toBeLessThanOrEqual(4_000);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'not json'],
    ['an array', [response()]],
    [
      'an error body',
      { type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found', title: 'Not found.' },
    ],
    ['a number for the extract', response({ extract: 42 })],
    ['an empty extract', response({ extract: '   ' })],
    ['a disambiguation page', response({ type: 'disambiguation', extract: 'Wray may refer to:' })],
    ['a page without an extract', response({ type: 'no-extract' })],
    ['an object for the description', response({ description: { html: '<b>x</b>' } })],
    ['a string for content_urls', response({ content_urls: 'https://evil.example' })],
  ])('reads %s as no summary', (_name, json) => {
    expect(parseSummaryResponse(json, WRAY)).toBeNull();
  });

  it.each([
    ['javascript:alert(1)'],
    ['http://en.wikipedia.org/wiki/Christopher_Wray'],
    ['https://evil.example/wiki/Christopher_Wray'],
    ['https://ar.wikipedia.org/wiki/Christopher_Wray'],
    ['not a url'],
  ])('replaces the page URL %s by one built from the title', (page) => {
    const summary = parseSummaryResponse(response({ content_urls: { desktop: { page } } }), WRAY);
    expect(summary?.url).toBe('https://en.wikipedia.org/wiki/Christopher_Wray');
  });

  it('leaves out a timestamp that is not a date', () => {
    expect(parseSummaryResponse(response({ timestamp: 'yesterday' }), WRAY)).not.toHaveProperty('timestamp');
  });
});

describe('summaryTargets', () => {
  const both = { wikipedia_ar: 'كريستوفر راي', wikipedia_en: 'Christopher Wray' };

  it.each<[string, Parameters<typeof summaryTargets>[0], Parameters<typeof summaryTargets>[1], string[]]>([
    ['Arabic first', both, ['ar', 'en'], ['ar', 'en']],
    ['English first', both, ['en', 'ar'], ['en', 'ar']],
    ['Arabic only, English kept as the fallback', both, ['ar'], ['ar', 'en']],
    ['only an English title', { wikipedia_en: 'Christopher Wray' }, ['ar', 'en'], ['en']],
    ['a blank Arabic title', { wikipedia_ar: '  ', wikipedia_en: 'Christopher Wray' }, ['ar'], ['en']],
    ['no titles at all', { wikidata: 'Q1234', website: 'https://fbi.gov' }, ['ar', 'en'], []],
  ])('%s', (_name, links, langs, expected) => {
    expect(summaryTargets(links, langs).map((t) => t.lang)).toEqual(expected);
  });

  it('trims the title', () => {
    expect(summaryTargets({ wikipedia_en: ' Christopher Wray ' }, ['en'])).toEqual([WRAY]);
  });
});

describe('pickSummary', () => {
  const AR: SummaryTarget = { lang: 'ar', title: 'كريستوفر راي' };
  const summary: WikiSummary = { text: 'نص', url: 'https://ar.wikipedia.org/wiki/x' };
  const ok = (target: SummaryTarget): SummaryEntry => ({ title: target.title, summary });
  const failed = (target: SummaryTarget): SummaryEntry => ({ title: target.title, summary: null });

  it.each<[string, Array<SummaryEntry | undefined>, ReturnType<typeof pickSummary>]>([
    ['nothing cached: fetch the first', [undefined, undefined], { fetch: AR }],
    ['the first cached: show it', [ok(AR), undefined], { show: { ...AR, summary } }],
    ['the first failed: fetch the second', [failed(AR), undefined], { fetch: WRAY }],
    ['the first failed, the second cached', [failed(AR), ok(WRAY)], { show: { ...WRAY, summary } }],
    ['both failed: nothing to do', [failed(AR), failed(WRAY)], {}],
    ['an entry for an older title: fetch again', [{ title: 'old', summary }, ok(WRAY)], { fetch: AR }],
  ])('%s', (_name, entries, expected) => {
    expect(pickSummary([AR, WRAY], entries)).toEqual(expected);
  });
});

describe('summaryRequestUrl', () => {
  it.each<[SummaryTarget, string]>([
    [WRAY, 'https://en.wikipedia.org/api/rest_v1/page/summary/Christopher_Wray'],
    [
      { lang: 'ar', title: 'المغرب' },
      'https://ar.wikipedia.org/api/rest_v1/page/summary/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8',
    ],
    // A slash, a query or a fragment in a title stays inside the path segment.
    [
      { lang: 'en', title: 'AC/DC?x=1#y' },
      'https://en.wikipedia.org/api/rest_v1/page/summary/AC%2FDC%3Fx%3D1%23y',
    ],
    [
      { lang: 'en', title: '../../w/api.php' },
      'https://en.wikipedia.org/api/rest_v1/page/summary/..%2F..%2Fw%2Fapi.php',
    ],
  ])('%j → %s', (target, url) => {
    expect(summaryRequestUrl(target)).toBe(url);
  });
});

describe('trimSummary', () => {
  it.each([
    ['a short text as it is', 'Short.', 20, 'Short.'],
    [
      'at the last sentence that keeps half',
      'One two three. Four five six. Seven eight',
      32,
      'One two three. Four five six.',
    ],
    ['at an Arabic question mark', 'هل هذا سؤال؟ نعم هو كذلك تمامًا', 20, 'هل هذا سؤال؟'],
    [
      'at a word, with an ellipsis, when the sentence is long',
      'Averyveryverylong sentence without any end',
      25,
      'Averyveryverylong…',
    ],
    ['at a word, without a trailing comma', 'المغرب، بلد في شمال أفريقيا', 10, 'المغرب…'],
    ['a word longer than the limit, cut', 'Supercalifragilistic', 5, 'Super…'],
  ])('%s', (_name, text, max, expected) => {
    expect(trimSummary(text, max)).toBe(expected);
  });

  it('keeps a card summary within the limit and its language', () => {
    const long = `${'جملة قصيرة. '.repeat(60)}`;
    const card = cardSummary({
      lang: 'ar',
      title: 'x',
      summary: { text: long, url: 'https://ar.wikipedia.org/wiki/x' },
    });
    expect(card.text.length).toBeLessThanOrEqual(320);
    expect(card).toMatchObject({ lang: 'ar', url: 'https://ar.wikipedia.org/wiki/x' });
  });
});
