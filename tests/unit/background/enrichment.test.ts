import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCard } from '../../../lib/background/card-source.ts';
import { Enrichment } from '../../../lib/background/enrichment.ts';
import type { SiyaqDB } from '../../../lib/db/database.ts';
import { updateSettings } from '../../../lib/db/settings.ts';
import { FAILURE_TTL_MS } from '../../../lib/db/summaries.ts';
import type { Lang } from '../../../lib/i18n/translate.ts';
import type { Entity } from '../../../lib/knowledge/types.ts';
import { makeEntity, seededDb } from '../components/fixtures.ts';

const WRAY_URL = 'https://en.wikipedia.org/api/rest_v1/page/summary/Christopher_Wray';
const WRAY_LINKS = { wikipedia_en: 'Christopher Wray', wikidata: 'Q1355787' };
const WRAY: Partial<Entity> = {
  id: 'wray',
  type: 'person',
  name_ar: 'كريستوفر راي',
  name_en: 'Christopher Wray',
  aliases_ar: [],
  links: WRAY_LINKS,
};
const EXTRACT = 'Christopher Asher Wray is an American attorney who served as the director of the FBI.';

const summaryBody = (extract = EXTRACT) => ({
  type: 'standard',
  extract,
  extract_html: `<p>${extract}</p>`,
  timestamp: '2025-01-20T12:00:00Z',
  content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Christopher_Wray' } },
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

type Options = {
  entity?: Partial<Entity>;
  enrichment?: boolean;
  permitted?: (lang: Lang) => Promise<boolean>;
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
};

/** A database with one entity (Christopher Wray's English article), the setting, and a fake network. */
async function setup({ entity, enrichment = true, permitted, fetch }: Options = {}) {
  const db = await seededDb([makeEntity({ ...WRAY, ...entity })]);
  await updateSettings(db, { enrichment, cardLanguageOrder: ['ar', 'en'] });
  const network = vi.fn(fetch ?? (async () => json(summaryBody())));
  const service = new Enrichment(db, {
    fetch: network as unknown as typeof globalThis.fetch,
    permitted: permitted ?? (async () => true),
    timeoutMs: 50,
  });
  return { db, network, hover: () => loadCard(db, 'wray', service) };
}

const cached = (db: SiyaqDB) => db.cards.toArray();
/** Waits for the background fetch that a hover started to land in the cache. */
const settled = (db: SiyaqDB, count = 1) =>
  vi.waitFor(async () => expect(await db.cards.count()).toBe(count), { timeout: 2_000 });

afterEach(() => {
  vi.useRealTimers();
});

describe('online enrichment', () => {
  it('says the summary is on its way while it is fetched, and not once it is cached', async () => {
    const { db, hover } = await setup();
    expect(await hover()).toMatchObject({ summaryPending: true });
    await settled(db);
    const card = await hover();
    expect(card?.summary?.text).toBe(EXTRACT);
    expect(card?.summaryPending).toBeUndefined();
  });

  it('fetches nothing while the setting is off, and the card carries no summary', async () => {
    const { db, network, hover } = await setup({ enrichment: false });
    expect((await hover())?.summary).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(network).not.toHaveBeenCalled();
    expect(await cached(db)).toEqual([]);
  });

  it('fetches nothing for an entity without a Wikipedia title', async () => {
    const { network, hover } = await setup({ entity: { links: { wikidata: 'Q1355787' } } });
    expect(await hover()).toMatchObject({ id: 'wray' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(network).not.toHaveBeenCalled();
  });

  it('fetches nothing without the host permission, and remembers no failure', async () => {
    const { db, network, hover } = await setup({ permitted: async () => false });
    await hover();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(network).not.toHaveBeenCalled();
    expect(await cached(db)).toEqual([]);
  });

  it('returns the pack’s card at once, without waiting for the network', async () => {
    const { network, hover } = await setup({ fetch: () => new Promise<Response>(() => {}) });
    const card = await hover();
    expect(card).toMatchObject({ id: 'wray', name: { text: 'كريستوفر راي' } });
    expect(card?.summary).toBeUndefined();
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('sends only the encoded article title: no page text, no page URL, no cookies, no referrer', async () => {
    const { network, hover } = await setup();
    await hover();
    expect(network).toHaveBeenCalledTimes(1);
    const [url, init] = network.mock.calls[0]!;
    expect(url).toBe(WRAY_URL);
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(init?.body).toBeUndefined();
  });

  it('shows the fetched summary on the next hover, from the cache, without asking again', async () => {
    const { db, network, hover } = await setup();
    await hover();
    await settled(db);
    const card = await hover();
    expect(card?.summary).toEqual({
      text: EXTRACT,
      lang: 'en',
      url: 'https://en.wikipedia.org/wiki/Christopher_Wray',
    });
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('caches the summary under the entity and the article’s language', async () => {
    const { db, hover } = await setup();
    await hover();
    await settled(db);
    const [entry] = await cached(db);
    expect(entry).toMatchObject({
      entityId: 'wray',
      lang: 'en',
      payload: { title: 'Christopher Wray', summary: { text: EXTRACT, timestamp: '2025-01-20T12:00:00Z' } },
    });
    expect(entry!.expiresAt - entry!.fetchedAt).toBe(7 * 24 * 60 * 60 * 1000);
  });

  it('asks the network once for hovers that come while the fetch is under way', async () => {
    let answer: (response: Response) => void = () => {};
    const { db, network, hover } = await setup({
      fetch: () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    await Promise.all([hover(), hover(), hover()]);
    await hover();
    answer(json(summaryBody()));
    await settled(db);
    expect(network).toHaveBeenCalledTimes(1);
  });

  it.each<[string, Options['fetch']]>([
    ['offline', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a 404', async () => json({ type: 'not_found', title: 'Not found.' }, 404)],
    ['a server error', async () => new Response('Service Unavailable', { status: 503 })],
    ['malformed JSON', async () => new Response('{"type": "standard", "extract":', { status: 200 })],
    ['a hostile shape', async () => json({ type: 'standard', extract: { toString: 'x' } })],
    [
      'a timeout',
      (_url, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    ],
  ])('after %s: the card still comes, and the failure is remembered for an hour', async (_name, fetch) => {
    const { db, network, hover } = await setup({ fetch });
    expect(await hover()).toMatchObject({ id: 'wray' });
    await settled(db);
    const [entry] = await cached(db);
    expect(entry).toMatchObject({ entityId: 'wray', lang: 'en', payload: { summary: null } });
    expect(entry!.expiresAt - entry!.fetchedAt).toBe(FAILURE_TTL_MS);
    expect((await hover())?.summary).toBeUndefined();
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('asks again once the remembered failure has expired', async () => {
    const { db, network, hover } = await setup({ fetch: async () => json({}, 404) });
    await hover();
    await settled(db);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + FAILURE_TTL_MS + 1);
    await hover();
    expect(network).toHaveBeenCalledTimes(2);
  });

  it('falls back to the other language when the preferred article fails', async () => {
    const { db, network, hover } = await setup({
      entity: { links: { wikipedia_ar: 'كريستوفر راي', ...WRAY_LINKS } },
      fetch: async (url) => (url.startsWith('https://ar.') ? json({}, 404) : json(summaryBody())),
    });
    await hover();
    await settled(db);
    await hover();
    await settled(db, 2);
    expect((await hover())?.summary).toMatchObject({ lang: 'en', text: EXTRACT });
    expect(network.mock.calls.map(([url]) => new URL(url).host)).toEqual([
      'ar.wikipedia.org',
      'en.wikipedia.org',
    ]);
  });

  it('hides a cached summary once the setting is off', async () => {
    const { db, hover } = await setup();
    await hover();
    await settled(db);
    await updateSettings(db, { enrichment: false });
    expect((await hover())?.summary).toBeUndefined();
  });
});
