import * as v from 'valibot';
import type { Catalog } from './i18n/translator.ts';
import type { CardView } from './knowledge/card.ts';
import type { EntityType } from './knowledge/types.ts';

/** The one protocol between content scripts, the background and the extension pages. */

export type PageStatus = 'loading' | 'ready' | 'not-arabic' | 'disabled' | 'unavailable';

export interface MentionDTO {
  block: number;
  start: number;
  end: number;
  entity: string;
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name_ar: string;
  name_en: string;
}

export interface ContentConfig {
  enabled: boolean;
  highlights: boolean;
  highlightStyle: 'underline' | 'background';
  hoverDelayMs: number;
  modifierKey: 'none' | 'alt' | 'ctrl' | 'shift';
  lang: 'ar' | 'en';
  theme: 'auto' | 'light' | 'dark';
  /** The card's messages in `lang`. */
  strings: Catalog;
}

export interface TabEntity extends EntitySummary {
  count: number;
  /** Order of first appearance on the page, 0-based. */
  first: number;
}

export interface TabReport {
  tabId: number;
  url: string;
  status: PageStatus;
  entities: TabEntity[];
}

/** Every message: its request and its response. */
export interface Protocol {
  /** content → background: scan text blocks; `reset` starts a new page (drops the previous results). */
  'page/scan': {
    req: { page: string; blocks: Array<{ id: number; text: string }>; reset: boolean; url: string };
    res: { mentions: MentionDTO[]; entities: EntitySummary[] };
  };
  /** content → background: the blocks that left the page, so counts stay true. */
  'page/forget': { req: { page: string; blocks: number[] }; res: null };
  'page/status': { req: { page: string; status: PageStatus; url: string }; res: null };
  'page/config': { req: { url: string }; res: ContentConfig };
  'card/get': { req: { id: string }; res: CardView | null };
  /** pages → background: fetch the entity's summary if enrichment is on and it is not cached. */
  'card/enrich': { req: { id: string }; res: null };
  'panel/open': { req: { entity?: string; query?: string }; res: null };
  'options/open': { req: { entity?: string; prefill?: string }; res: null };
  /** pages → background: settings were saved; open pages are told to apply them. */
  'settings/changed': { req: Record<string, never>; res: null };
  /** pages → background */
  'tab/report': { req: { tabId: number }; res: TabReport };
  'tab/reveal': { req: { tabId: number; entity: string; index: number }; res: boolean };
  /** background → content (tabs.sendMessage) */
  'content/reveal': { req: { entity: string; index: number }; res: boolean };
  'content/next-mention': { req: Record<string, never>; res: null };
  /** Whether Siyaq runs in the tab's top frame now (no answer: it does not). */
  'content/ping': { req: Record<string, never>; res: { page: string } };
  /** Settings changed: ask for the page's config again and apply it without a reload. */
  'content/settings-changed': { req: Record<string, never>; res: null };
  /** background → pages (broadcast): a tab's report changed */
  'tab/changed': { req: { tabId: number }; res: null };
}

export type MessageType = keyof Protocol;
export type Req<K extends MessageType> = Protocol[K]['req'];
export type Res<K extends MessageType> = Protocol[K]['res'];

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const url = v.pipe(v.string(), v.maxLength(8192));
/** A random id per document, so a replaced document's late messages can be told apart. */
const page = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const MAX_BLOCK_TEXT = 2_000_000;

type Schemas<K extends MessageType> = { [T in K]: v.GenericSchema<unknown, Req<T>> };
const index = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * Receiving-end checks, per receiver: a message is only handled when its data matches. A receiver's
 * router gets its own schemas only, so the content script carries none of the background's.
 */
export const contentSchemas: Schemas<
  'content/reveal' | 'content/next-mention' | 'content/ping' | 'content/settings-changed'
> = {
  'content/reveal': v.object({ entity: id, index }),
  'content/next-mention': v.object({}),
  'content/ping': v.object({}),
  'content/settings-changed': v.object({}),
};

export const backgroundSchemas: Schemas<Exclude<MessageType, keyof typeof contentSchemas | 'tab/changed'>> = {
  'page/scan': v.object({
    page,
    blocks: v.pipe(
      v.array(
        v.object({
          id: v.pipe(v.number(), v.integer()),
          text: v.pipe(v.string(), v.maxLength(MAX_BLOCK_TEXT)),
        }),
      ),
      v.maxLength(50_000),
    ),
    reset: v.boolean(),
    url,
  }),
  'page/forget': v.object({ page, blocks: v.array(v.pipe(v.number(), v.integer())) }),
  'page/status': v.object({
    page,
    status: v.picklist(['loading', 'ready', 'not-arabic', 'disabled', 'unavailable']),
    url,
  }),
  'page/config': v.object({ url }),
  'card/get': v.object({ id }),
  'card/enrich': v.object({ id }),
  'panel/open': v.object({ entity: v.optional(id), query: v.optional(v.pipe(v.string(), v.maxLength(500))) }),
  'options/open': v.object({
    entity: v.optional(id),
    prefill: v.optional(v.pipe(v.string(), v.maxLength(500))),
  }),
  'settings/changed': v.object({}),
  'tab/report': v.object({ tabId }),
  'tab/reveal': v.object({ tabId, entity: id, index }),
};

/** The extension pages' broadcast (read by hand in tab-source.ts); here so every type has a schema. */
export const panelSchemas: Schemas<'tab/changed'> = {
  'tab/changed': v.object({ tabId }),
};

export interface Envelope<K extends MessageType = MessageType> {
  siyaq: 1;
  type: K;
  data: Req<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export const envelope = <K extends MessageType>(type: K, data: Req<K>): Envelope<K> => ({
  siyaq: 1,
  type,
  data,
});

/** Unwraps a reply, turning a remote failure into a local Error. */
export function unwrap<T>(reply: unknown, type: string): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new Error(`siyaq: no reply to ${type}`);
  }
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(`siyaq: ${type} failed: ${r.error}`);
  return r.value;
}
