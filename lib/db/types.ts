import type { Entity, PackMeta } from '../knowledge/types.ts';

/** An entity as the database keeps it: the pack's fields plus ownership and the search keys. */
export interface StoredEntity extends Entity {
  /** Pack id, or USER_PACK_ID for entities the user created. */
  pack: string;
  updatedAt: number;
  /** True once the user edited it: pack updates then leave it alone. */
  userEdited: boolean;
  /** normalizeKey of every name and alias and of each of their word suffixes (multi-entry index). */
  keys: string[];
  /** The name as an A-Z list orders it, per language (see sortKeys). */
  sortAr: string;
  sortEn: string;
}

/** An installed pack. */
export interface StoredPack extends PackMeta {
  entityCount: number;
  /** Disabled packs stay installed but are left out of the matcher. */
  enabled: boolean;
  installedAt: number;
  updatedAt: number;
  /** The file it came from: a CSV carries only eight columns, so it may not replace a JSON pack. */
  origin?: 'json' | 'csv';
}

/** A cached enrichment (e.g. a Wikipedia summary) for one entity in one language. */
export interface StoredCard<T = unknown> {
  entityId: string;
  lang: string;
  fetchedAt: number;
  expiresAt: number;
  payload: T;
}

export interface KeyValueRow {
  key: string;
  value: unknown;
}
