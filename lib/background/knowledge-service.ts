import { liveQuery } from 'dexie';
import type { SiyaqDB } from '../db/database.ts';
import { getEntities } from '../db/entities.ts';
import { loadMatcherSources } from '../db/matcher-sources.ts';
import { getRevision, loadCompiledMatcher, removedPacks, saveCompiledMatcher } from '../db/meta.ts';
import { getPack } from '../db/packs.ts';
import { reindexIfStale } from '../db/reindex.ts';
import { type ImportResult, importPack } from '../knowledge/import.ts';
import {
  compileMatcher,
  createScanner,
  loadMatcher,
  type Matcher,
  type Scanner,
  serializeMatcher,
} from '../match/index.ts';
import type { EntitySummary, MentionDTO } from '../messages.ts';

const DEFAULT_PACK_ID = 'default';
// Edits in the options page come in bursts (an import, an undo): compile once they settle.
const RECOMPILE_DELAY_MS = 300;

/**
 * The background's knowledge: the compiled matcher (kept in memory, stored serialised so a restarted
 * service worker is ready without compiling), one stateful scanner per page, and entity summaries.
 */
export class KnowledgeService {
  #matcher: Matcher | null = null;
  #revision = -1;
  #loading: Promise<void> | null = null;
  #setup: Promise<unknown> = Promise.resolve();
  readonly #scanners = new Map<string, Scanner>();
  readonly #summaries = new Map<string, EntitySummary>();

  constructor(
    private readonly db: SiyaqDB,
    private readonly readDefaultPack: () => Promise<unknown>,
  ) {}

  /**
   * Installs the bundled pack when it is missing or older than the bundled one (install, update), unless
   * the user removed it: then it comes back only when they import it (the options page offers that).
   */
  ensureDefaultPack(force = false): Promise<ImportResult | null> {
    const run = async () => {
      await reindexIfStale(this.db);
      if ((await removedPacks(this.db)).includes(DEFAULT_PACK_ID)) return null;
      if (!force && (await getPack(this.db, DEFAULT_PACK_ID))) return null;
      return importPack(this.db, await this.readDefaultPack());
    };
    const result = this.#setup.then(run);
    this.#setup = result.catch((error: unknown) => console.error('siyaq: default pack not installed', error));
    return result;
  }

  async matcher(): Promise<Matcher> {
    await this.#setup;
    this.#loading ??= this.#loadOrCompile();
    await this.#loading;
    return this.#matcher!;
  }

  async #loadOrCompile(): Promise<void> {
    const stored = await loadCompiledMatcher(this.db);
    if (stored) {
      try {
        this.#use(loadMatcher(stored.data), stored.revision);
        return;
      } catch (error) {
        // Stored by an older build (another format or normalisation version): compile it afresh.
        console.warn('siyaq: stored matcher not usable, recompiling:', error);
      }
    }
    await this.recompile();
  }

  async recompile(): Promise<void> {
    const revision = await getRevision(this.db);
    const matcher = compileMatcher(await loadMatcherSources(this.db));
    this.#use(matcher, revision);
    await saveCompiledMatcher(this.db, { revision, data: serializeMatcher(matcher) });
  }

  #use(matcher: Matcher, revision: number): void {
    this.#matcher = matcher;
    this.#revision = revision;
    this.#scanners.clear();
    this.#summaries.clear();
  }

  /** Recompiles, debounced, whenever entities or packs change (from any extension page). */
  watch(): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = liveQuery(() => getRevision(this.db)).subscribe({
      next: (revision) => {
        if (revision === this.#revision || this.#matcher === null) return;
        clearTimeout(timer);
        timer = setTimeout(() => void this.recompile(), RECOMPILE_DELAY_MS);
      },
      error: (error: unknown) => console.error('siyaq: watching knowledge failed', error),
    });
    return () => subscription.unsubscribe();
  }

  /**
   * Scans a page's blocks in order; `reset` starts a new page for that tab and frame. `named` gives the
   * entities the page has named so far, for a page that goes on without its scanner (the worker was
   * stopped, or the matcher recompiled after an edit).
   */
  async scan(
    pageKey: string,
    blocks: ReadonlyArray<{ id: number; text: string }>,
    reset: boolean,
    named: () => Iterable<string> = () => [],
  ): Promise<{ mentions: MentionDTO[]; entities: EntitySummary[] }> {
    const matcher = await this.matcher();
    let scanner = this.#scanners.get(pageKey);
    if (!scanner) {
      scanner = createScanner(matcher);
      if (!reset) scanner.remember(named());
      this.#scanners.set(pageKey, scanner);
    } else if (reset) scanner.reset();
    const mentions: MentionDTO[] = [];
    const ids = new Set<string>();
    for (const block of blocks) {
      for (const m of scanner.scan(block.text)) {
        mentions.push({ block: block.id, start: m.start, end: m.end, entity: m.entity });
        ids.add(m.entity);
      }
    }
    return { mentions, entities: await this.summaries([...ids]) };
  }

  forgetPages(prefix: string): void {
    for (const key of this.#scanners.keys()) if (key.startsWith(prefix)) this.#scanners.delete(key);
  }

  async summaries(ids: string[]): Promise<EntitySummary[]> {
    const missing = ids.filter((id) => !this.#summaries.has(id));
    for (const e of await getEntities(this.db, missing)) {
      this.#summaries.set(e.id, { id: e.id, type: e.type, name_ar: e.name_ar, name_en: e.name_en });
    }
    return ids.flatMap((id) => this.#summaries.get(id) ?? []);
  }
}
