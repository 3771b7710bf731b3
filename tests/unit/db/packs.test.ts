import { describe, expect, it } from 'vitest';
import { putUserEntity } from '../../../lib/db/entities.ts';
import { loadMatcherSources } from '../../../lib/db/matcher-sources.ts';
import { getRevision } from '../../../lib/db/meta.ts';
import { listPacks, removePack, restorePack, setPackEnabled } from '../../../lib/db/packs.ts';
import { importPack } from '../../../lib/knowledge/import.ts';
import { freshDb, makeEntity, makePack, snapshot } from './helpers.ts';

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
    expect(await removePack(db, 'test-pack')).toMatchObject({ removed: 1, keptUserEdits: 1 });
    expect(await db.packs.count()).toBe(0);
    expect(await db.entities.toArray()).toMatchObject([{ id: 'b', pack: 'user', description_en: 'mine' }]);
  });

  it('refuses to remove the user pack', async () => {
    await expect(removePack(freshDb(), 'user')).rejects.toThrow(/cannot be removed/);
  });

  describe('restorePack (Undo)', () => {
    async function installed() {
      const db = freshDb();
      await importPack(db, makePack([makeEntity('a'), makeEntity('b'), makeEntity('c')]));
      await putUserEntity(db, makeEntity('b', { description_en: 'mine' }));
      await setPackEnabled(db, 'test-pack', false);
      return db;
    }

    it('puts a removed pack back exactly as it was: rows, edits, on/off state, not marked removed', async () => {
      const db = await installed();
      const { revision: _r, ...before } = await withoutRevision(db);
      const { snapshot: removed } = await removePack(db, 'test-pack');
      await restorePack(db, removed!);
      const { revision, ...after } = await withoutRevision(db);
      expect(after).toEqual(before);
      expect(revision).toBeGreaterThan(_r);
      expect((await loadMatcherSources(db)).map((s) => s.id)).toEqual([]);
    });

    it('refuses when the pack was installed again since, and changes nothing', async () => {
      const db = await installed();
      const { snapshot: removed } = await removePack(db, 'test-pack');
      await importPack(db, makePack([makeEntity('z')]));
      const before = await snapshot(db);
      await expect(restorePack(db, removed!)).rejects.toThrow(/installed again/);
      expect(await snapshot(db)).toEqual(before);
    });

    it("refuses when an entity it kept as the user's was edited since", async () => {
      const db = await installed();
      const { snapshot: removed } = await removePack(db, 'test-pack');
      await putUserEntity(db, makeEntity('b', { description_en: 'edited again' }));
      await expect(restorePack(db, removed!)).rejects.toThrow(/"b" was changed/);
      expect((await db.entities.get('b'))?.description_en).toBe('edited again');
      expect(await db.packs.count()).toBe(0);
    });
  });
});

/**
 * The whole database, with the revision counter apart (a restore is a new revision, not the old one); an
 * empty list of removed packs is the same as none.
 */
async function withoutRevision(db: ReturnType<typeof freshDb>) {
  const all = await snapshot(db);
  const meta = (all.meta ?? []) as Array<{ key: string; value: unknown }>;
  const removedNone = (m: { key: string; value: unknown }) =>
    m.key === 'removedPacks' && Array.isArray(m.value) && m.value.length === 0;
  return {
    ...all,
    meta: meta.filter((m) => m.key !== 'knowledgeRevision' && !removedNone(m)),
    revision: (meta.find((m) => m.key === 'knowledgeRevision')?.value as number) ?? 0,
  };
}
