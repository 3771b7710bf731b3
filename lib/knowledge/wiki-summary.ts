import * as v from 'valibot';
import type { Lang } from '../i18n/translate.ts';
import { type CardSummary, wikipediaUrl } from './card.ts';
import type { EntityLinks } from './types.ts';

/**
 * Wikipedia page summaries (the REST API's /page/summary): which article to ask for, how to read the
 * answer, and how much of it a card shows. Pure: the fetching lives in lib/background/enrichment.ts.
 */

/** The hosts enrichment may reach; the manifest asks for them as optional host permissions. */
export const WIKIPEDIA_ORIGINS = ['https://ar.wikipedia.org/*', 'https://en.wikipedia.org/*'] as const;

/** What a card keeps of a summary: plain text only (never `extract_html`). */
export interface WikiSummary {
  text: string;
  /** The article's canonical page, always https on the language's own Wikipedia. */
  url: string;
  description?: string;
  /** The revision's time as Wikipedia gives it (ISO 8601). */
  timestamp?: string;
}

/** A cache entry (db.cards payload): the title asked for, and the summary or null for a failure. */
export interface SummaryEntry {
  title: string;
  summary: WikiSummary | null;
}

export interface SummaryTarget {
  lang: Lang;
  title: string;
}

/** The cached summary to show, and the article still to fetch. */
export interface SummaryPick {
  show?: SummaryTarget & { summary: WikiSummary };
  fetch?: SummaryTarget;
}

/** Longest extract kept in the cache; a card shows far less (CARD_SUMMARY_CHARS). */
const MAX_STORED_CHARS = 4_000;
export const CARD_SUMMARY_CHARS = 320;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

// Only the fields a card uses; everything else the API sends is dropped by v.object.
const ResponseSchema = v.object({
  type: v.string(),
  extract: text(100_000),
  description: v.optional(text(1_000)),
  timestamp: v.optional(text(64)),
  content_urls: v.optional(v.object({ desktop: v.optional(v.object({ page: v.optional(text(2_000)) })) })),
});

/**
 * The summary in a REST response, or null when there is none worth showing: not the expected shape, a
 * disambiguation or other non-article page, or an empty extract.
 */
export function parseSummaryResponse(json: unknown, target: SummaryTarget): WikiSummary | null {
  const result = v.safeParse(ResponseSchema, json);
  if (!result.success || result.output.type !== 'standard') return null;
  const { extract, description, timestamp, content_urls } = result.output;
  const cleaned = cleanText(extract).slice(0, MAX_STORED_CHARS);
  if (!cleaned) return null;
  const summary: WikiSummary = {
    text: cleaned,
    url: articleUrl(content_urls?.desktop?.page, target),
  };
  const cleanDescription = description && cleanText(description);
  if (cleanDescription) summary.description = cleanDescription;
  if (timestamp && !Number.isNaN(Date.parse(timestamp))) summary.timestamp = timestamp;
  return summary;
}

/**
 * The articles a card may summarise, most preferred first: the reader's languages, then the others (as
 * the card's own texts fall back), each only where the entity names an article.
 */
export function summaryTargets(links: EntityLinks, langs: readonly Lang[]): SummaryTarget[] {
  const order = [...new Set<Lang>([...langs, 'ar', 'en'])];
  return order.flatMap((lang) => {
    const title = links[`wikipedia_${lang}`]?.trim();
    return title ? [{ lang, title }] : [];
  });
}

/**
 * Which cached summary to show and which article to fetch, given the cache entry of each target (same
 * order): the first target with a summary is shown; the first without a usable entry is fetched, and
 * nothing after it is looked at. A failure moves on to the next language.
 */
export function pickSummary(
  targets: readonly SummaryTarget[],
  entries: ReadonlyArray<SummaryEntry | undefined>,
): SummaryPick {
  for (const [i, target] of targets.entries()) {
    const entry = entries[i];
    // An entry for another title is stale: the link was edited since.
    if (!entry || entry.title !== target.title) return { fetch: target };
    if (entry.summary) return { show: { ...target, summary: entry.summary } };
  }
  return {};
}

/** The REST URL for one article: the title is the only thing from Siyaq that leaves the browser. */
export function summaryRequestUrl({ lang, title }: SummaryTarget): string {
  return `https://${lang}.wikipedia.org/api/rest_v1/page/summary/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

/**
 * At most `max` characters: whole sentences when that keeps at least half, else whole words and an
 * ellipsis.
 */
export function trimSummary(text: string, max = CARD_SUMMARY_CHARS): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  let sentenceEnd = -1;
  for (const m of head.matchAll(/[.!?؟۔](?=\s)/g)) sentenceEnd = m.index;
  if (sentenceEnd >= max * 0.5) return head.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(' ');
  return `${(space > 0 ? head.slice(0, space) : head).replace(/[\s،,;:]+$/, '')}…`;
}

// Bidi embeddings, overrides and isolates could reorder the card's other text; control characters
// (tabs and newlines among them) become spaces.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

function cleanText(raw: string): string {
  return raw
    .replace(BIDI_CONTROLS, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
}

/** The page URL the API gave if it is https on the target's own Wikipedia, else one built from the title. */
function articleUrl(raw: string | undefined, target: SummaryTarget): string {
  try {
    const url = new URL(raw ?? '');
    if (url.protocol === 'https:' && url.hostname === `${target.lang}.wikipedia.org`) return url.href;
  } catch {
    // Missing or not a URL: build one.
  }
  return wikipediaUrl(target.lang, target.title);
}

/** What the card shows of a summary: trimmed, in its language, linking to its article. */
export function cardSummary(show: SummaryTarget & { summary: WikiSummary }): CardSummary {
  return { text: trimSummary(show.summary.text), lang: show.lang, url: show.summary.url };
}
