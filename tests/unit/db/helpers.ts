import { createDatabase, type SiyaqDB } from '../../../lib/db/database.ts';
import type { Entity, PackFile } from '../../../lib/knowledge/types.ts';

/** A database with a name no other test uses. */
export const freshDb = (): SiyaqDB => createDatabase(`test-${crypto.randomUUID()}`);

/** A complete, valid entity; override what the test is about. */
export function makeEntity(id: string, overrides: Partial<Entity> = {}): Entity {
  return {
    id,
    type: 'place',
    name_ar: `اسم ${id}`,
    name_en: `Name ${id}`,
    aliases_ar: [],
    aliases_en: [],
    description_ar: '',
    description_en: '',
    facts: [],
    related: [],
    links: {},
    ...overrides,
  };
}

export function makePack(entities: Entity[], version = '1.0.0', id = 'test-pack'): PackFile {
  return {
    format: 'siyaq-pack',
    format_version: 1,
    pack: { id, name: 'Test pack', version, source: 'tests', license: 'CC0-1.0' },
    entities,
  };
}

/** Every row of every table, to compare a database before and after a rejected import. */
export async function snapshot(db: SiyaqDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
