import type { Transaction } from 'dexie';
import { USER_PACK_ID } from '../knowledge/types.ts';
import { entityKeys, sortKeys } from './search-keys.ts';

/**
 * Every schema version, in one place. Dexie keeps old versions only to run their upgrades; never edit a
 * released version: add the next one with an upgrade that moves the data.
 */

/** Version 1: entities, packs and settings, no search keys, no edit tracking. */
export const SCHEMA_V1 = {
  entities: 'id, pack, type',
  packs: 'id',
  settings: 'key',
};

/** Version 2: multi-entry search keys, edit tracking, card cache and the meta store (revision, matcher). */
export const SCHEMA_V2 = {
  entities: 'id, pack, type, updatedAt, *keys',
  packs: 'id',
  cards: '[entityId+lang], expiresAt',
  settings: 'key',
  meta: 'key',
};

/** Version 3: each entity's name as an A-Z list orders it, per language (the options page lists by name). */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  entities: 'id, pack, type, updatedAt, *keys, sortAr, sortEn',
};

export const CURRENT_VERSION = 3;

/** v1 → v2: compute keys, mark user entities as edited, date everything, count each pack's entities. */
export async function upgradeToV2(tx: Transaction, now = Date.now()): Promise<void> {
  const counts = new Map<string, number>();
  await tx
    .table('entities')
    .toCollection()
    .modify((e) => {
      e.aliases_ar ??= [];
      e.aliases_en ??= [];
      e.description_ar ??= '';
      e.description_en ??= '';
      e.facts ??= [];
      e.related ??= [];
      e.links ??= {};
      e.keys = entityKeys(e);
      e.userEdited = e.pack === USER_PACK_ID;
      e.updatedAt ??= now;
      counts.set(e.pack, (counts.get(e.pack) ?? 0) + 1);
    });
  await tx
    .table('packs')
    .toCollection()
    .modify((p) => {
      p.enabled ??= true;
      p.entityCount = counts.get(p.id) ?? 0;
      p.updatedAt ??= p.installedAt ?? now;
    });
  // A non-zero revision tells the background that no stored matcher matches this data yet.
  await tx.table('meta').put({ key: 'knowledgeRevision', value: 1 });
}

/** v2 → v3: the sort keys of every entity. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('entities')
    .toCollection()
    .modify((e) => {
      Object.assign(e, sortKeys(e));
    });
}
