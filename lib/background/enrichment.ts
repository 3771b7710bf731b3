import type { SiyaqDB } from '../db/database.ts';
import { storeSummary } from '../db/summaries.ts';
import type { Lang } from '../i18n/translate.ts';
import {
  parseSummaryResponse,
  type SummaryTarget,
  summaryRequestUrl,
  type WikiSummary,
} from '../knowledge/wiki-summary.ts';

export interface EnrichmentEnv {
  fetch: typeof fetch;
  /** Whether the browser lets Siyaq reach this language's Wikipedia (an optional host permission). */
  permitted: (lang: Lang) => Promise<boolean>;
  timeoutMs?: number;
  now?: () => number;
}

const DEFAULT_TIMEOUT_MS = 4_000;

/**
 * Fetches Wikipedia summaries into the card cache, one request per article at a time. Cards never wait
 * for it: they show what is cached, and a later look shows what this fetched.
 */
export class Enrichment {
  readonly #inflight = new Map<string, Promise<void>>();

  constructor(
    private readonly db: SiyaqDB,
    private readonly env: EnrichmentEnv,
  ) {}

  /** Fetches and caches one summary unless the same fetch is under way; never rejects. */
  fetchSummary(entityId: string, target: SummaryTarget): Promise<void> {
    const key = `${entityId}\u0000${target.lang}`;
    const running = this.#inflight.get(key);
    if (running) return running;
    const job = this.#run(entityId, target).finally(() => this.#inflight.delete(key));
    this.#inflight.set(key, job);
    return job;
  }

  async #run(entityId: string, target: SummaryTarget): Promise<void> {
    try {
      // Not a failure to remember: the reader may grant the permission again at any time.
      if (!(await this.env.permitted(target.lang))) return;
      const summary = await this.#download(target);
      await storeSummary(this.db, entityId, target, summary, this.env.now?.() ?? Date.now());
    } catch (error) {
      console.warn('siyaq: enrichment', error);
    }
  }

  /** The summary, or null for any failure: offline, an HTTP error, a timeout, a body that is not one. */
  async #download(target: SummaryTarget): Promise<WikiSummary | null> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.env.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    try {
      const response = await this.env.fetch(summaryRequestUrl(target), {
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
      });
      if (!response.ok) return null;
      return parseSummaryResponse(await response.json(), target);
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
