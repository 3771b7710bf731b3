import { createDatabase, type SiyaqDB } from '../../../lib/db/database.ts';
import { toStoredEntity } from '../../../lib/db/entities.ts';
import type { StoredPack } from '../../../lib/db/types.ts';
import { createTranslator } from '../../../lib/i18n/translate.ts';
import type { CardView } from '../../../lib/knowledge/card.ts';
import type { Entity } from '../../../lib/knowledge/types.ts';
import type { TabEntity, TabReport } from '../../../lib/messages.ts';

export const HOSTILE = '<img src=x onerror=alert(1)>';
export const en = createTranslator('en');
export const ar = createTranslator('ar');

export function makeCard(overrides: Partial<CardView> = {}): CardView {
  return {
    id: 'fbi',
    type: 'org',
    typeLabelKey: 'typeOrg',
    name: { text: 'مكتب التحقيقات الفيدرالي', lang: 'ar' },
    otherName: { text: 'Federal Bureau of Investigation', lang: 'en' },
    description: { text: 'وكالة أمنية أمريكية.', lang: 'ar' },
    facts: [{ label: 'المدير', value: 'كريستوفر راي', lang: 'ar' }],
    aliases: [{ text: 'FBI', lang: 'en' }],
    related: [{ id: 'usa', name: 'الولايات المتحدة' }],
    links: [{ kind: 'wikipedia_en', url: 'https://en.wikipedia.org/wiki/FBI' }],
    pack: 'default',
    userEdited: false,
    asOf: '2025',
    ...overrides,
  };
}

export function makeEntity(overrides: Partial<Entity> = {}): Entity {
  return {
    id: 'morocco',
    type: 'place',
    name_ar: 'المغرب',
    name_en: 'Morocco',
    aliases_ar: ['المملكة المغربية'],
    aliases_en: [],
    description_ar: 'بلد في شمال أفريقيا.',
    description_en: 'A country in North Africa.',
    facts: [],
    related: [],
    links: {},
    ...overrides,
  };
}

export function tabEntity(overrides: Partial<TabEntity> = {}): TabEntity {
  return {
    id: 'morocco',
    type: 'place',
    name_ar: 'المغرب',
    name_en: 'Morocco',
    count: 2,
    first: 0,
    ...overrides,
  };
}

export function report(entities: TabEntity[], overrides: Partial<TabReport> = {}): TabReport {
  return { tabId: 7, url: 'https://news.example/a', status: 'ready', entities, ...overrides };
}

let dbCount = 0;
/** A fresh database (fake-indexeddb) with the given entities in a "default" pack. */
export async function seededDb(entities: Entity[] = [makeEntity()], packId = 'default'): Promise<SiyaqDB> {
  const db = createDatabase(`siyaq-test-${++dbCount}-${Math.random()}`);
  const now = 1_700_000_000_000;
  await db.entities.bulkPut(entities.map((e, i) => toStoredEntity(e, packId, false, now + i)));
  const pack: StoredPack = {
    id: packId,
    name: 'Default pack',
    version: '1.0.0',
    source: 'tests',
    license: 'MIT',
    entityCount: entities.length,
    enabled: true,
    installedAt: now,
    updatedAt: now,
  };
  await db.packs.put(pack);
  return db;
}
