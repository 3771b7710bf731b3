import { describe, expect, it } from 'vitest';
import { putUserEntity } from '../../../lib/db/entities.ts';
import { loadMatcherSources } from '../../../lib/db/matcher-sources.ts';
import { getRevision } from '../../../lib/db/meta.ts';
import { listPacks, removePack, setPackEnabled } from '../../../lib/db/packs.ts';
import { importPack } from '../../../lib/knowledge/import.ts';
import { freshDb, makeEntity, makePack } from './helpers.ts';

describe('packs', () => {
  it('lists installed packs with their entity counts', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a'), makeEntity('b')]));
    expect(await listPacks(db)).toMatchObject([{ id: 'test-pack', entityCount: 2, enabled: true }]);
  });

  it('leaves a disabled pack out of the matcher sources, the user entities in', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a', { aliases_ar: ['ألف'] })]));
    await putUserEntity(db, makeEntity('user.b'));
    expect((await loadMatcherSources(db)).map((s) => s.id).sort()).toEqual(['a', 'user.b']);
    await setPackEnabled(db, 'test-pack', false);
    expect(await loadMatcherSources(db)).toEqual([{ id: 'user.b', aliases: ['اسم user.b'] }]);
  });

  it('gives the matcher the Arabic name and aliases as written', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a', { name_ar: 'أحمد', aliases_ar: ['أبو أحمد'] })]));
    expect(await loadMatcherSources(db)).toEqual([{ id: 'a', aliases: ['أحمد', 'أبو أحمد'] }]);
  });

  it('bumps the revision when a pack is switched', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a')]));
    const before = await getRevision(db);
    await setPackEnabled(db, 'test-pack', false);
    expect(await getRevision(db)).toBe(before + 1);
  });

  it('removes a pack with its entities but keeps user edits as user entities', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a'), makeEntity('b')]));
    await putUserEntity(db, makeEntity('b', { description_en: 'mine' }));
    expect(await removePack(db, 'test-pack')).toEqual({ removed: 1, keptUserEdits: 1 });
    expect(await db.packs.count()).toBe(0);
    expect(await db.entities.toArray()).toMatchObject([{ id: 'b', pack: 'user', description_en: 'mine' }]);
  });

  it('refuses to remove the user pack', async () => {
    await expect(removePack(freshDb(), 'user')).rejects.toThrow(/cannot be removed/);
  });
});
